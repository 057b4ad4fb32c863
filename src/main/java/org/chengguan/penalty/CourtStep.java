package org.chengguan.penalty;

/** What the court did with the application for enforcement (《行政强制法》第五十六条至第五十八条). */
public enum CourtStep {
	/** 受理 (第五十六条：五日内受理), with the court's case number. */
	ACCEPTED,
	/** 裁定准予执行 (第五十七条：七日内作出执行裁定). */
	GRANTED,
	/** 裁定不予执行 (第五十八条), with the court's reasons: the 承办人 reports the case for closing. */
	REFUSED,
	/** 执行完毕 or 终结执行, as the court reports it. */
	EXECUTED;

	/** Whether the court's part has ended. */
	boolean concludes() {
		return this == REFUSED || this == EXECUTED;
	}
}
