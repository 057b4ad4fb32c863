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
	SUPERVISION
}
