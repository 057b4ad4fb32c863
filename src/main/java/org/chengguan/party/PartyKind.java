package org.chengguan.party;

/** 当事人类型. */
public enum PartyKind {

	/** 自然人 (个体工商户 included: it is the person who answers). */
	PERSON,
	/** 法人或者其他组织, identified by its 统一社会信用代码. */
	ORGANISATION
}
