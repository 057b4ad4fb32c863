package org.chengguan.penalty;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a document is served (《民事诉讼法》第八十七条至第九十五条 as 《行政处罚法》第六十一条 refers to them). Electronic
 * service needs the party's signed consent (第六十一条第二款); 公告送达 only when the party cannot be found or the other
 * ways failed.
 */
public enum ServiceMethod {

	/** 直接送达: handed to the party, who signs the 送达回证 (第八十七条、第八十八条). */
	DIRECT,
	/** 交同住成年家属签收 (第八十八条). */
	FAMILY,
	/** 交法人的法定代表人、其他组织的主要负责人或者负责收件的人签收 (第八十八条). */
	REPRESENTATIVE,
	/** 留置送达: refused; left with a witness's signature, or photographed or filmed (第八十九条). */
	LEFT,
	/** 邮寄送达: served on the day the receipt is signed (第九十一条). */
	POST,
	/** 电子送达: only with the party's consent in the 送达地址确认书 (第九十条, 《行政处罚法》第六十一条第二款). */
	ELECTRONIC,
	/** 公告送达: deemed served when the 公告 period has run (第九十五条). */
	PUBLIC_NOTICE;

	/** The ways the 告知书 is served by (its period must start when the party has it in hand). */
	public static Set<ServiceMethod> forNotice() {
		return EnumSet.of(DIRECT, FAMILY, REPRESENTATIVE, LEFT, POST);
	}
}
