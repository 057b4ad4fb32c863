package org.chengguan.hotline;

import java.util.EnumSet;
import java.util.Set;

/**
 * 工单状态 (domain.md §7): separate from the case's state; its clocks run in parallel to the loop's. Each constant
 * names the states it may move to: the order's transition table.
 */
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
	/** 已申请退单: not our duty; the platform decides. */
	RETURN_REQUESTED,
	/** 已退单: the platform took the order back. */
	RETURNED,
	/** 退单未获批准: the platform kept the order with us; it can no longer be returned and the reply is owed. */
	RETURN_REJECTED,
	/** 不满意重办: the caller was not satisfied; a new reply is owed on a new clock. */
	REOPENED;

	/** The transition table. */
	boolean canMoveTo(OrderStatus next) {
		return successors().contains(next);
	}

	private Set<OrderStatus> successors() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(SIGNED, RETURN_REQUESTED, REPLIED);
			case SIGNED, EXTENDED, RETURN_REJECTED -> EnumSet.of(EXTENSION_REQUESTED, RETURN_REQUESTED, REPLIED);
			case EXTENSION_REQUESTED -> EnumSet.of(EXTENDED, SIGNED, REOPENED, REPLIED);
			case REPLIED -> EnumSet.of(VISITED, REOPENED);
			case RETURN_REQUESTED -> EnumSet.of(RETURNED, RETURN_REJECTED);
			case REOPENED -> EnumSet.of(EXTENSION_REQUESTED, REPLIED);
			case VISITED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
		};
	}

	/** Whether we still owe the platform work on it (a reply, a decision). */
	public boolean isOpen() {
		return this != VISITED && this != RETURNED && this != REPLIED;
	}
}
