package org.chengguan.review;

/** The grade a score gives a file. */
public enum Grade {
	/** 优秀: 90 and above. */
	EXCELLENT,
	/** 合格: 70 and above. */
	PASS,
	/** 不合格: below 70. */
	FAIL;

	static Grade of(int total) {
		return total >= 90 ? EXCELLENT : total >= 70 ? PASS : FAIL;
	}
}
