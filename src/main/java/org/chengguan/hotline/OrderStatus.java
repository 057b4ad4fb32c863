package org.chengguan.hotline;

/** 工单状态 (domain.md §7): separate from the case's state; its clocks run in parallel to the loop's. */
public enum OrderStatus {

	/** 已接收: waiting for 签收. */
	RECEIVED,
	/** 已签收: we own it; the reply clock runs. */
	SIGNED,
	/** 已申请延期: waiting for the platform's answer. */
	EXTENSION_REQUESTED,
	/** 已延期: the platform moved the reply deadline. */
	EXTENDED,
	/** 已回复: the 办结回复 went out; waiting for the 回访. */
	REPLIED,
	/** 已回访: the platform sent the caller's verdict. */
	VISITED,
	/** 已申请退单: 不予受理 — not our duty; the platform decides. */
	RETURN_REQUESTED,
	/** 已退单: the platform took the order back. */
	RETURNED,
	/** 退单未获批准: the platform kept the order with us; it can no longer be returned and the reply is owed. */
	RETURN_REJECTED,
	/** 不满意重办: the caller was not satisfied; a new reply is owed on a new clock. */
	REOPENED
}
