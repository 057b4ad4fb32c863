package org.chengguan.hotline;

/** 回访结果: the caller's verdict as the platform reports it. */
public enum VisitResult {

	/** 满意. */
	SATISFIED,
	/** 基本满意. */
	BASICALLY_SATISFIED,
	/** 不满意: the order reopens with a new reply clock. */
	UNSATISFIED
}
