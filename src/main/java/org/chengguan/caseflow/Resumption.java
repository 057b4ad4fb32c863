package org.chengguan.caseflow;

import java.time.Instant;

import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.DueDate;

/** How a paused deadline resumes on the working calendar ({@code WorkingCalendar::resume}). */
@FunctionalInterface
interface Resumption {

	DueDate resume(Instant due, Instant pausedAt, Instant resumedAt, DeadlineUnit unit);
}
