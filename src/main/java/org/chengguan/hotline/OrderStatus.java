package org.chengguan.hotline;

/** 工单状态 (domain.md §7): separate from the case's state; its clocks run in parallel to the loop's. */
public enum OrderStatus {

	/** 已接收: waiting for 签收. */
	RECEIVED,
	/** 已签收: we own it; the reply clock runs. */
	SIGNED,
	/** 已回复: the 办结回复 went out; waiting for the 回访. */
	REPLIED,
	/** 已回访: the platform sent the caller's verdict. */
	VISITED,
	/** 已申请退单: 不予受理 — not our duty; the platform decides. */
	RETURN_REQUESTED,
	/** 已退单. */
	RETURNED,
	/** 不满意重办: the caller was not satisfied; a new reply is owed on a new clock. */
	REOPENED
}
