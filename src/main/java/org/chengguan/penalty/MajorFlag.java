package org.chengguan.penalty;

/** What makes a proceeding 情节复杂或者重大 (《行政处罚法》第五十七条第二款, 第五十八条第一款). */
public enum MajorFlag {

	/** 涉及重大公共利益. */
	PUBLIC_INTEREST,
	/** 社会关注 (a 12345 or media case marked 重大). */
	PUBLIC_CONCERN,
	/** 案件情况疑难复杂. */
	COMPLEX,
	/** 涉及多个法律关系. */
	MULTIPLE_RELATIONS
}
