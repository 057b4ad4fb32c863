package org.chengguan.party;

/** 证件类型: which identity document a party's number comes from. */
public enum IdType {

	/** 居民身份证 (GB 11643): 18 characters with a check digit, the birth date inside. */
	RESIDENT_ID(PartyKind.PERSON),
	/** 护照. */
	PASSPORT(PartyKind.PERSON),
	/** 港澳居民来往内地通行证. */
	HK_MACAO_PERMIT(PartyKind.PERSON),
	/** 台湾居民来往大陆通行证. */
	TAIWAN_PERMIT(PartyKind.PERSON),
	/** 外国人永久居留身份证. */
	FOREIGN_PERMANENT_RESIDENT(PartyKind.PERSON),
	/** 统一社会信用代码 (GB 32100): 18 characters with a check character. */
	CREDIT_CODE(PartyKind.ORGANISATION);

	private final PartyKind kind;

	IdType(PartyKind kind) {
		this.kind = kind;
	}

	public PartyKind kind() {
		return kind;
	}
}
