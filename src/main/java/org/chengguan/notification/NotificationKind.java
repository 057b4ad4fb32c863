package org.chengguan.notification;

/** What a notification announces. */
enum NotificationKind {

	/** 预警: a stage is at 75 % of its limit. */
	WARNING,
	/** 超期: a stage passed its limit. */
	OVERDUE,
	/** 严重超期: three times its limit. */
	SEVERE,
	/** 督办 to answer. */
	SUPERVISION,
	/** A 延期, 挂账 or 作废 request waits for the recipient's decision. */
	REQUEST,
	/** The recipient's request was decided. */
	DECIDED,
	/** A case was dispatched to the recipient's unit. */
	DISPATCHED,
	/** A 核实 or 核查 was sent to the recipient. */
	TASK,
	/** A penalty proceeding the recipient works is 30, 15 or 5 days from the end of its 90 days. */
	PENALTY_DEADLINE,
	/** A decision the recipient works must be served soon, or its unpaid fine taken to the court before the window closes. */
	PENALTY_ALERT,
	/** Someone reported a problem through the 共治码 of a frontage the recipient's squad looks after. */
	FRONTAGE_REPORT
}
