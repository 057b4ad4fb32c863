package org.chengguan.caseflow;

/** 预警级别 (domain.md §6.6): elapsed time over the limit, paused time excluded. */
public enum OverdueLevel {

	/** under 75 %. */
	NORMAL,
	/** 预警: 75 % to under 100 %. */
	WARNING,
	/** 超期: 100 % to under 300 %. */
	OVERDUE,
	/** 严重超期: 300 % and more. */
	SEVERE
}
