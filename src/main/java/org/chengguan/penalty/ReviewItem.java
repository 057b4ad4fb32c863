package org.chengguan.penalty;

/** 法制审核的审核要点 (domain.md §8.6). */
public enum ReviewItem {

	/** 管辖权. */
	JURISDICTION,
	/** 当事人基本情况. */
	PARTY,
	/** 事实清楚、证据充分. */
	FACTS_EVIDENCE,
	/** 定性准确. */
	QUALIFICATION,
	/** 适用法律正确. */
	LAW,
	/** 处罚适当. */
	PENALTY_FIT,
	/** 程序合法. */
	PROCEDURE
}
