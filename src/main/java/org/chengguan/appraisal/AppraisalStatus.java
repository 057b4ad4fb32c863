package org.chengguan.appraisal;

/** 考核状态 of one version of a squad's month. Each constant says who acts next. */
public enum AppraisalStatus {

	/** 已计算: the 执法股 may compute it again; another member of it reviews it. */
	COMPUTED,
	/** 已审核: the 执法股 publishes it (or computes it again, which needs a new review). */
	REVIEWED,
	/** 已发布: the squad sees it; frozen — only a correction (a new version with its reason) replaces it. */
	PUBLISHED,
	/** 已更正: a later version was published in its place; kept as it was. */
	SUPERSEDED
}
