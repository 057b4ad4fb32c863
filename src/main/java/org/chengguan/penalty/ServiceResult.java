package org.chengguan.penalty;

/** What came of a service attempt. */
public enum ServiceResult {
	/** 已送达. */
	SERVED,
	/** 未能送达 (the party not found, the post returned): another way is tried. */
	FAILED,
	/** 公告已发出: deemed served when its period has run. */
	PUBLISHED
}
