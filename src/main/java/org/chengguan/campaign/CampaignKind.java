package org.chengguan.campaign;

/** 整治类型: what a campaign is against (the bureau's work plans). */
public enum CampaignKind {
	/** 扬尘治理. */
	DUST,
	/** 占道经营 (of its 18 kinds, chosen as the campaign's categories). */
	STREET_VENDING,
	/** 露天烧烤. */
	OPEN_BARBECUE,
	/** 户外广告牌匾. */
	OUTDOOR_ADS,
	/** 违法建设. */
	ILLEGAL_CONSTRUCTION,
	/** 市政公用. */
	MUNICIPAL,
	/** 能源运行安全. */
	ENERGY_SAFETY,
	/** 其他. */
	OTHER
}
