package org.chengguan.supervision;

/** 考核状态 of a monthly assessment version. Each constant says who acts next. */
public enum AssessmentStatus {

	/** 已计算: the 督查股 may compute it again; a second member reviews it. */
	COMPUTED,
	/** 已审核: the 督查股 publishes it (or computes it again, which needs a new review). */
	REVIEWED,
	/** 已发布: frozen; only a correction (a new version with its reason) replaces it. */
	PUBLISHED,
	/** 已更正: a later version was published in its place; kept as it was. */
	SUPERSEDED
}
