package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;

import org.chengguan.calendar.WorkingCalendar;

/** The bureau's working calendar as a proceeding's periods count days (《行政处罚法》第八十五条). */
record CalendarPeriods(WorkingCalendar calendar) implements PeriodClock {

	@Override
	public LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, calendar.zone());
	}

	@Override
	public LocalDate lastDay(LocalDate start, int length, boolean workingDays) {
		return LegalPeriods.lastDay(start, length, workingDays, calendar::isWorkingDay);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return calendar.isWorkingDay(day);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return LegalPeriods.workingDaysBetween(from, to, calendar::isWorkingDay);
	}
}
