package org.chengguan.caseflow;

/** 督办级别 (domain.md §6.4 R5). */
public enum SupervisionLevel {

	/** 催办: by the 派遣员, or automatically when a stage is overdue. */
	L1,
	/** 督办: by the 督查股, or automatically when a stage is severely overdue. */
	L2,
	/** 挂牌督办: by leadership. */
	L3
}
