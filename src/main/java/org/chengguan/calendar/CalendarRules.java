package org.chengguan.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of the calendar — special days, loaded years, office hours, zone — and all deadline
 * arithmetic on it. Pure: no clock, no database; {@link WorkingCalendar} swaps snapshots when an admin edits the data.
 */
final class CalendarRules {

	/** A count never needs to look further than ten years ahead; beyond that the input is wrong. */
	private static final int MAX_DAYS = 3660;

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final Map<LocalDate, DayKind> days;

	private final Set<Integer> loadedYears;

	private final OfficeHours hours;

	private final ZoneId zone;

	CalendarRules(Map<LocalDate, DayKind> days, Set<Integer> loadedYears, OfficeHours hours, ZoneId zone) {
		this.days = Map.copyOf(days);
		this.loadedYears = Set.copyOf(loadedYears);
		this.hours = hours;
		this.zone = zone;
	}

	ZoneId zone() {
		return zone;
	}

	OfficeHours hours() {
		return hours;
	}

	boolean isLoaded(int year) {
		return loadedYears.contains(year);
	}

	/** Weekdays are working days unless the notice makes them holidays; 调休 weekend days are working days. */
	boolean isWorkingDay(LocalDate day) {
		var kind = days.get(day);
		if (kind != null) {
			return kind == DayKind.MAKEUP_WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	DueDate deadline(Instant from, Deadline limit) {
		var count = new Count();
		var start = LocalDateTime.ofInstant(from, zone);
		return switch (limit.unit()) {
			case URGENT_HOUR -> new DueDate(from.plus(Duration.ofHours(limit.amount())), false);
			case URGENT_MINUTE -> new DueDate(from.plus(Duration.ofMinutes(limit.amount())), false);
			// 期间开始的日不计算在内；期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期
			// (民事诉讼法第八十五条, applied by analogy per domain.md §8.1).
			case NATURAL_DAY -> count.due(endOf(count.firstWorkingDayFrom(start.toLocalDate().plusDays(limit.amount()))));
			// A working-day limit ends when the office closes on its last day: that is when it is due for the people
			// who work it (and the time a desk shows), not at midnight.
			case WORKING_DAY -> count.due(closeOf(count.workingDaysAfter(start.toLocalDate(), limit.amount())));
			case WORKING_HOUR -> count.due(count.addOfficeTime(start, Duration.ofHours(limit.amount())));
		};
	}

	/**
	 * Time between two instants as the unit counts it: office time for working hours, whole working days for working
	 * days, clock time otherwise. Negative when {@code to} is before {@code from}.
	 */
	Duration measure(Instant from, Instant to, DeadlineUnit unit) {
		if (to.isBefore(from)) {
			return measure(to, from, unit).negated();
		}
		return switch (unit) {
			case URGENT_HOUR, URGENT_MINUTE, NATURAL_DAY -> Duration.between(from, to);
			case WORKING_DAY -> overlap(from, to, false);
			case WORKING_HOUR -> overlap(from, to, true);
		};
	}

	/**
	 * The new due instant of a paused (挂账) deadline when its clock resumes: what was left at the pause is counted
	 * again from the resumption. A deadline already past when paused keeps its due instant.
	 */
	DueDate resume(Instant due, Instant pausedAt, Instant resumedAt, DeadlineUnit unit) {
		if (!pausedAt.isBefore(due)) {
			return new DueDate(due, false);
		}
		var count = new Count();
		var pausedDay = LocalDate.ofInstant(pausedAt, zone);
		var dueDay = LocalDate.ofInstant(due, zone);
		return switch (unit) {
			case URGENT_HOUR, URGENT_MINUTE -> new DueDate(resumedAt.plus(Duration.between(pausedAt, due)), false);
			case NATURAL_DAY -> {
				var left = (int) ChronoUnit.DAYS.between(pausedDay, dueDay);
				yield left < 1 ? new DueDate(endOf(LocalDate.ofInstant(resumedAt, zone)), false)
						: deadline(resumedAt, new Deadline(left, unit));
			}
			case WORKING_DAY -> {
				var left = count.workingDaysBetween(pausedDay, dueDay);
				yield left < 1 ? new DueDate(closeOf(count.firstWorkingDayFrom(LocalDate.ofInstant(resumedAt, zone))),
						count.provisional) : deadline(resumedAt, new Deadline(left, unit));
			}
			case WORKING_HOUR -> count.due(count.addOfficeTime(LocalDateTime.ofInstant(resumedAt, zone),
					measure(pausedAt, due, unit)));
		};
	}

	private Duration overlap(Instant from, Instant to, boolean officeHoursOnly) {
		var total = Duration.ZERO;
		var day = LocalDate.ofInstant(from, zone);
		var last = LocalDate.ofInstant(to, zone);
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			if (!officeHoursOnly) {
				total = total.plus(clip(day, LocalTime.MIN, null, from, to));
				continue;
			}
			for (var window : hours.windows()) {
				total = total.plus(clip(day, window.start(), window.end(), from, to));
			}
		}
		return total;
	}

	/** The part of [start, end) on {@code day} (end null = midnight) that lies inside [from, to). */
	private Duration clip(LocalDate day, LocalTime start, @Nullable LocalTime end, Instant from, Instant to) {
		var a = day.atTime(start).atZone(zone).toInstant();
		var b = end == null ? day.plusDays(1).atStartOfDay(zone).toInstant() : day.atTime(end).atZone(zone).toInstant();
		var lo = a.isAfter(from) ? a : from;
		var hi = b.isBefore(to) ? b : to;
		return hi.isAfter(lo) ? Duration.between(lo, hi) : Duration.ZERO;
	}

	private Instant endOf(LocalDate day) {
		return day.atTime(END_OF_DAY).atZone(zone).toInstant();
	}

	/** Close of office on a day: the end of its last office-hour window. */
	private Instant closeOf(LocalDate day) {
		return day.atTime(hours.close()).atZone(zone).toInstant();
	}

	/**
	 * A deadline named by its day (a 延期 to 12-05): close of office that day, or of the next working day when the
	 * office is closed then.
	 */
	DueDate dueOn(LocalDate day) {
		var count = new Count();
		return count.due(closeOf(count.firstWorkingDayFrom(day)));
	}

	/** One computation; remembers whether it looked at a day of a year that is not loaded. */
	private final class Count {

		boolean provisional;

		boolean working(LocalDate day) {
			provisional |= !isLoaded(day.getYear());
			return isWorkingDay(day);
		}

		DueDate due(Instant at) {
			return new DueDate(at, provisional);
		}

		LocalDate firstWorkingDayFrom(LocalDate day) {
			for (var i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
				if (working(day)) {
					return day;
				}
			}
			throw new IllegalStateException("No working day within " + MAX_DAYS + " days of " + day);
		}

		LocalDate workingDaysAfter(LocalDate start, int n) {
			var day = start;
			for (var i = 0; i < n; i++) {
				day = firstWorkingDayFrom(day.plusDays(1));
			}
			return day;
		}

		int workingDaysBetween(LocalDate afterDay, LocalDate untilDay) {
			var n = 0;
			for (var day = afterDay.plusDays(1); !day.isAfter(untilDay); day = day.plusDays(1)) {
				n += working(day) ? 1 : 0;
			}
			return n;
		}

		Instant addOfficeTime(LocalDateTime start, Duration amount) {
			var left = amount;
			var day = start.toLocalDate();
			var earliest = start.toLocalTime();
			for (var i = 0; i < MAX_DAYS; i++, day = day.plusDays(1), earliest = LocalTime.MIN) {
				if (!working(day)) {
					continue;
				}
				for (var window : hours.windows()) {
					var from = earliest.isAfter(window.start()) ? earliest : window.start();
					if (!from.isBefore(window.end())) {
						continue;
					}
					var available = Duration.between(from, window.end());
					if (available.compareTo(left) >= 0) {
						return day.atTime(from).plus(left).atZone(zone).toInstant();
					}
					left = left.minus(available);
				}
			}
			throw new IllegalStateException("Office time of " + amount + " does not fit in " + MAX_DAYS + " days");
		}
	}
}
