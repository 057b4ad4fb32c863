package org.chengguan.supervision;

/** 监管通知单状态. Each constant says who acts next. */
public enum NoticeStatus {

	/** 已下发: the unit rectifies and replies item by item (again after a failed verification). */
	ISSUED,
	/** 已回复: the 督查股 verifies each item in the field. */
	REPLIED,
	/** 已销号: every item was verified as rectified. */
	CLOSED
}
