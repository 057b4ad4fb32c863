package org.chengguan.penalty;

/** Where a lead came from (domain.md §8.4 stage 1). */
public enum ProceedingSource {

	/** 巡查发现 or a case of the loop (案卷). */
	CASE,
	/** 12345 / 12319 工单. */
	HOTLINE,
	/** 巡查发现 on the spot. */
	PATROL,
	/** 视频监控. */
	CAMERA,
	/** 移送 by another agency. */
	TRANSFER,
	/** 投诉举报 by letter or in person. */
	COMPLAINT
}
