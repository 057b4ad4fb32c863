package org.chengguan.penalty;

/** How a 复议 or a 诉讼 ended (《行政复议法》第六十三条至第六十九条, 《行政诉讼法》第六十九条至第七十七条). */
public enum RemedyOutcome {
	/** 维持 / 驳回诉讼请求: the decision stands. */
	UPHELD,
	/** 变更: the decision changed (the 公示 is withdrawn, the changed decision performed). */
	CHANGED,
	/** 撤销: the decision is revoked. */
	REVOKED,
	/** 确认违法: found illegal though not revoked. */
	ILLEGAL,
	/** 撤回申请、撤诉、不予受理或驳回起诉: the remedy ended without a ruling on the decision. */
	WITHDRAWN;

	/**
	 * Whether the decision as published no longer stands (《行政处罚法》第四十八条第二款：行政处罚决定被依法变更、撤销、确认违法或者
	 * 确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由).
	 */
	public boolean altersDecision() {
		return this == CHANGED || this == REVOKED || this == ILLEGAL;
	}
}
