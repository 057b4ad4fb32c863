package org.chengguan.caseflow;

import java.time.Instant;

import org.chengguan.calendar.DeadlineUnit;

/** A running timer as the timer job weighs it. */
record WatchedTimer(long id, long caseId, DeadlineUnit unit, Instant startedAt, Instant dueAt, OverdueLevel level) {
}
