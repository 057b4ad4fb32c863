package org.chengguan.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A period of days [from, to) that figures are shown for: a day, an ISO week, a month, a quarter, a year or any range
 * of days. 环比 compares it with the period just before it, 同比 with the same period a year earlier (a week with
 * the week 52 weeks earlier, so that weekdays line up).
 */
record Period(Kind kind, LocalDate from, LocalDate to) {

	/** The kinds of period the dashboard offers. */
	enum Kind {
		DAY, WEEK, MONTH, QUARTER, YEAR, RANGE
	}

	/** The longest range the dashboard accepts. */
	static final int MAX_DAYS = 3 * 366;

	Period {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	/** The period of this kind that contains {@code day}. */
	static Period of(Kind kind, LocalDate day) {
		return switch (kind) {
			case DAY, RANGE -> new Period(Kind.DAY, day, day.plusDays(1));
			case WEEK -> {
				var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Period(kind, monday, monday.plusWeeks(1));
			}
			case MONTH -> new Period(kind, day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1));
			case QUARTER -> {
				var first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
				yield new Period(kind, first, first.plusMonths(3));
			}
			case YEAR -> new Period(kind, day.withDayOfYear(1), day.withDayOfYear(1).plusYears(1));
		};
	}

	/** The days from {@code first} to {@code last}, both included. */
	static Period range(LocalDate first, LocalDate last) {
		return new Period(Kind.RANGE, first, last.plusDays(1));
	}

	long days() {
		return ChronoUnit.DAYS.between(from, to);
	}

	/** The last day of the period. */
	LocalDate last() {
		return to.minusDays(1);
	}

	/** 环比: the period just before this one. */
	Period previous() {
		return switch (kind) {
			case DAY, WEEK, RANGE -> new Period(kind, from.minusDays(days()), from);
			case MONTH -> new Period(kind, from.minusMonths(1), from);
			case QUARTER -> new Period(kind, from.minusMonths(3), from);
			case YEAR -> new Period(kind, from.minusYears(1), from);
		};
	}

	/** 同比: the same period a year earlier. */
	Period yearEarlier() {
		if (kind == Kind.WEEK) {
			return new Period(kind, from.minusWeeks(52), to.minusWeeks(52));
		}
		return new Period(kind, from.minusYears(1), to.minusYears(1));
	}
}
