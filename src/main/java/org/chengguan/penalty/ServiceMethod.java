package org.chengguan.penalty;

/**
 * How a document is served (《民事诉讼法》第八十八条至第九十五条 as 《行政处罚法》第六十一条 refers to them). Electronic
 * service needs the party's signed consent (第六十一条第二款) and is not offered until that record exists.
 */
public enum ServiceMethod {

	/** 直接送达: handed over; the party signs the 送达回证. */
	DIRECT,
	/** 留置送达: refused; left with a witness or on film. */
	LEFT,
	/** 邮寄送达. */
	POST
}
