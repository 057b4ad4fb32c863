package org.chengguan.calendar;

/** How a time limit is counted (domain.md conventions: WD, WH, EH, CD). */
public enum DeadlineUnit {
	/** 自然日: calendar days; the start day is not counted and a period ending on a non-working day ends on the next working day. */
	NATURAL_DAY,
	/** 工作日: working days after the start day; due at the end of the last one. */
	WORKING_DAY,
	/** 工作时: hours inside office hours on working days. */
	WORKING_HOUR,
	/** 紧急工作时: continuous clock hours, 24×7. */
	URGENT_HOUR,
	/** 紧急工作分钟: continuous clock minutes, 24×7 (签收 of an urgent hotline order: 15 min). */
	URGENT_MINUTE
}
