package org.chengguan.penalty;

/** What the 调查终结报告 proposes (《行政处罚法》第五十七条第一款). */
public enum Outcome {

	/** 给予行政处罚. */
	PENALTY(false),
	/** 违法行为轻微并及时改正，没有造成危害后果，不予行政处罚 (第三十三条第一款第一句). */
	NO_PENALTY_MINOR(true),
	/** 初次违法且危害后果轻微并及时改正，可以不予行政处罚 (第三十三条第一款第二句，首违不罚). */
	NO_PENALTY_FIRST_OFFENCE(true),
	/** 没有主观过错 (第三十三条第二款). */
	NO_PENALTY_NO_FAULT(true),
	/** 不满十四周岁 (第三十条) or 精神病人在不能辨认或者控制自己行为时 (第三十一条). */
	NO_PENALTY_NO_CAPACITY(true),
	/** 违法事实不能成立 (第五十七条第一款第（三）项). */
	NOT_ESTABLISHED(true),
	/** 涉嫌犯罪，移送司法机关 (第二十七条, 第五十七条第一款第（四）项). */
	TRANSFER(false);

	private final boolean noPenalty;

	Outcome(boolean noPenalty) {
		this.noPenalty = noPenalty;
	}

	/** Whether the proceeding ends without a penalty. */
	public boolean noPenalty() {
		return noPenalty;
	}

	/** 《行政处罚法》第三十三条第三款：对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育. */
	public boolean educationRequired() {
		return noPenalty && this != NOT_ESTABLISHED;
	}
}
