package org.chengguan.hotline;

/** What an outbox message tells the platform. */
enum MessageKind {

	/** 签收: we own the order. */
	SIGN,
	/** 办结回复: the result (or why nothing will be done) for the caller. */
	REPLY,
	/** 退单申请: not our duty, with the reason. */
	RETURN_REQUEST,
	/** 延期申请: more time, with the reason. */
	EXTENSION_REQUEST
}
