package org.chengguan.caseflow;

import java.time.Instant;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DueDate;

/** When a stage's limit runs out: the working calendar in the app, a plain clock in unit tests. */
@FunctionalInterface
interface StageClock {

	DueDate due(Instant from, Deadline limit);
}
