package org.chengguan.hotline;

/** What an outbox message tells the platform. */
enum MessageKind {

	/** 签收: we own the order. */
	SIGN,
	/** 阶段性答复: the case is still open when the reply falls due; its progress and the expected date. */
	PROGRESS,
	/** 办结回复: the result (or why nothing will be done) for the caller. */
	REPLY,
	/** 退单申请: not our duty, with the reason. */
	RETURN_REQUEST,
	/** 延期申请: more time, with the reason. */
	EXTENSION_REQUEST
}
