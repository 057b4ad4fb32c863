package org.chengguan.review;

/**
 * The items a closed file is scored on, with their points (100 in all): the substance of the decision, its procedure,
 * and the file itself.
 */
public enum Criterion {

	/** 执法主体合法、管辖正确. */
	JURISDICTION(10),
	/** 事实清楚. */
	FACTS(15),
	/** 证据确凿、充分，取证合法. */
	EVIDENCE(15),
	/** 定性准确. */
	QUALIFICATION(10),
	/** 适用法律依据正确. */
	LAW(10),
	/** 裁量适当，符合裁量基准. */
	DISCRETION(10),
	/** 程序合法（告知、听证、法制审核、集体讨论、送达）. */
	PROCEDURE(15),
	/** 在法定期限内办结. */
	DEADLINES(5),
	/** 文书规范、说理充分. */
	DOCUMENTS(5),
	/** 卷宗完整、装订规范（一案一卷）. */
	FILE(5);

	private final int points;

	Criterion(int points) {
		this.points = points;
	}

	public int points() {
		return points;
	}
}
