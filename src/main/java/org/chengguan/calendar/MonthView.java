package org.chengguan.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One month laid out in weeks (Monday first) for the calendar page. */
record MonthView(YearMonth month, List<List<@Nullable Cell>> weeks) {

	/** A day: whether it is worked, and the notice's kind and name when the notice changes it. */
	record Cell(LocalDate day, boolean working, @Nullable DayKind kind, @Nullable String name) {

		public boolean isWeekend() {
			return day.getDayOfWeek().getValue() >= 6;
		}
	}

	static List<MonthView> year(int year, List<CalendarDay> special, WorkingCalendar calendar) {
		Map<LocalDate, CalendarDay> byDay = new HashMap<>();
		special.forEach(d -> byDay.put(d.getDay(), d));
		var months = new ArrayList<MonthView>();
		for (var m = 1; m <= 12; m++) {
			var month = YearMonth.of(year, m);
			var weeks = new ArrayList<List<@Nullable Cell>>();
			var week = new ArrayList<@Nullable Cell>();
			for (var i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
				week.add(null);
			}
			for (var day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				var entry = byDay.get(day);
				week.add(new Cell(day, calendar.isWorkingDay(day), entry == null ? null : entry.getKind(),
						entry == null ? null : entry.getName()));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new MonthView(month, weeks));
		}
		return months;
	}
}
