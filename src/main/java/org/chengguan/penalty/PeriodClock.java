package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;

/** The working calendar as a proceeding's periods need it (the management bean backs it with {@code calendar}). */
interface PeriodClock {

	/** The day an instant falls on in the bureau's zone. */
	LocalDate dayOf(Instant at);

	/** The last day of a period (see {@link LegalPeriods#lastDay}). */
	LocalDate lastDay(LocalDate start, int length, boolean workingDays);

	/** Whether a day is a working day (holidays and 调休 make-up days as the calendar has them). */
	boolean isWorkingDay(LocalDate day);

	/** The working days strictly between two days. */
	int workingDaysBetween(LocalDate from, LocalDate to);
}
