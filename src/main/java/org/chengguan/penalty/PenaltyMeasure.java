package org.chengguan.penalty;

/** 处罚种类 besides a warning and a fine (《行政处罚法》第九条), and the orders that weigh like them. */
public enum PenaltyMeasure {

	/** 没收违法所得、没收非法财物. */
	CONFISCATION,
	/** 暂扣许可证件. */
	SUSPEND_LICENCE,
	/** 降低资质等级、吊销许可证件. */
	REVOKE_LICENCE,
	/** 限制开展生产经营活动、责令停产停业. */
	SUSPEND_BUSINESS,
	/** 责令关闭、限制从业. */
	CLOSE,
	/** 限期拆除 (《城乡规划法》第六十四条). */
	DEMOLITION,
	/** 代履行 (《行政强制法》第五十条). */
	SUBSTITUTE_PERFORMANCE;

	/** The measures that make a proceeding 听证-eligible and a T4 case (第六十三条). */
	boolean heavy() {
		return this != CONFISCATION;
	}
}
