package org.chengguan.caseflow;

/** 预警级别 (domain.md §6.6): elapsed time over the limit, paused time excluded. */
public enum OverdueLevel {

	/** under 75 %. */
	NORMAL,
	/** 预警: 75 % to under 100 %: the handler and the unit are told. */
	WARNING,
	/** 超期: 100 % to under 300 %: automatic 催办 (L1), the dispatchers are told. */
	OVERDUE,
	/** 严重超期: 300 % and more: automatic 督办 (L2) to the supervisors. */
	SEVERE;

	/** The level of an elapsed ratio (elapsed ÷ limit, both in the stage's own time). */
	static OverdueLevel of(double elapsedRatio) {
		if (elapsedRatio >= 3) {
			return SEVERE;
		}
		if (elapsedRatio >= 1) {
			return OVERDUE;
		}
		return elapsedRatio >= 0.75 ? WARNING : NORMAL;
	}
}
