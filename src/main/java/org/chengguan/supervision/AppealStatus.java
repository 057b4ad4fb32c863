package org.chengguan.supervision;

/** 申诉状态. Each constant says who acts next. */
public enum AppealStatus {

	/** 已提交: a 派遣员 reviews it first. */
	SUBMITTED,
	/** 初审通过: a 受理员 other than the first reviewer decides. */
	FIRST_PASSED,
	/** 已核减: the case leaves the adjusted figures. */
	APPROVED,
	/** 不予核减: terminal; the unit may appeal again with a new reason. */
	REJECTED
}
