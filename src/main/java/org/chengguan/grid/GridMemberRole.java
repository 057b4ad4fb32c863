package org.chengguan.grid;

/** What a member does in a responsibility grid (一格多员, domain.md §3.2). */
public enum GridMemberRole {
	/** 网格员. */
	GRID_OFFICER,
	/** 执法队员: at least one per responsibility grid, so enforcement can be routed. */
	ENFORCEMENT_OFFICER,
	/** 协管员. */
	AUXILIARY,
	/** 监督员 / 信息采集员. */
	INSPECTOR,
	/** 环卫人员. */
	SANITATION,
	/** 社区联络员. */
	COMMUNITY_LIAISON
}
