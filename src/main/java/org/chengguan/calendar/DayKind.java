package org.chengguan.calendar;

/** A day the State Council notice changes. */
public enum DayKind {
	/** 法定节假日 (including the weekend days inside a holiday block). */
	HOLIDAY,
	/** 调休上班: a weekend day declared a working day. */
	MAKEUP_WORKDAY
}
