package org.chengguan.penalty;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Day counting as the law does it (domain.md §8.1): the day a period starts is not counted; working days skip
 * weekends and holidays and count 调休 Saturdays; a calendar-day period that ends on a holiday ends on the next
 * working day (《民事诉讼法》第八十五条, by analogy). A period ends at the end of its last day.
 */
final class LegalPeriods {

	private LegalPeriods() {
	}

	/** The last day of a period of {@code length} days starting on {@code start}. */
	static LocalDate lastDay(LocalDate start, int length, boolean workingDays, Predicate<LocalDate> working) {
		if (length <= 0) {
			throw new IllegalArgumentException("A period has at least one day");
		}
		if (!workingDays) {
			var last = start.plusDays(length);
			while (!working.test(last)) {
				last = last.plusDays(1);
			}
			return last;
		}
		var day = start;
		var counted = 0;
		while (counted < length) {
			day = day.plusDays(1);
			if (working.test(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The working days strictly between two days (a notice given on one for a hearing on the other). */
	static int workingDaysBetween(LocalDate from, LocalDate to, Predicate<LocalDate> working) {
		var count = 0;
		for (var day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
			if (working.test(day)) {
				count++;
			}
		}
		return count;
	}
}
