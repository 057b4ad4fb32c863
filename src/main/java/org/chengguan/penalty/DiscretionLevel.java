package org.chengguan.penalty;

/** 裁量阶次 of a benchmark entry (domain.md §8.17), from no penalty to the most severe band. */
public enum DiscretionLevel {

	/** 不予处罚 (《行政处罚法》第三十三条). */
	NO_PENALTY,
	/** 减轻: below the statutory minimum, only with a reason of 第三十条 or 第三十二条. */
	MITIGATED,
	/** 从轻 / 较轻. */
	LIGHT,
	/** 一般. */
	GENERAL,
	/** 较重. */
	SERIOUS,
	/** 严重. */
	SEVERE
}
