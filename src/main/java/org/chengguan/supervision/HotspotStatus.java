package org.chengguan.supervision;

/** 热点状态 (domain.md §3.3). Each constant says what happens next. */
public enum HotspotStatus {

	/** 拟上账: proposed (by a complaint cluster or a person); the 督查股 lists or declines it. */
	PROPOSED,
	/** 已上账: listed with a responsible unit and a target; the unit starts remediating. */
	LISTED,
	/** 整治中: inspected until three inspections in a row over 14 days find nothing. */
	REMEDIATING,
	/** 已销账: de-listed with a supervisor's approval; the first 回头看 follows within a month. */
	CLEARED,
	/** 回头看: inspected monthly for six months after 销账. */
	REVISIT,
	/** 反弹: a violation during 回头看; the 督查股 lists it again. */
	REBOUNDED,
	/** 已退出: six months of 回头看 without a violation, or a proposal declined. */
	RETIRED
}
