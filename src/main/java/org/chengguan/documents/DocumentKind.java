package org.chengguan.documents;

/**
 * The 文书 of domain.md §8.19 issued so far, each with its 文书代码 (the {代码} of the 文号) and the template it is rendered from. The
 * 当场行政处罚决定书 is pre-printed and numbered from the squad's 号段, so it brings its own number.
 */
public enum DocumentKind {

	/** 现场检查（勘验）笔录 (《行政处罚法》第五十五条). */
	INSPECTION_RECORD("勘", "record"),
	/** 立案审批表. */
	FILING_APPROVAL("立", "approval"),
	/** 询问笔录. */
	INQUIRY_RECORD("询", "record"),
	/** 行政处罚事先告知书 (第四十四条). */
	PRIOR_NOTICE("告", "prior-notice"),
	/** 行政处罚听证告知书: the 事先告知书 with the right to a hearing (第六十三条). */
	PRIOR_NOTICE_HEARING("听告", "prior-notice"),
	/** 陈述申辩笔录 (第四十五条). */
	STATEMENT_RECORD("申", "record"),
	/** 听证笔录 (第六十四条第（八）项). */
	HEARING_RECORD("听录", "record"),
	/** 行政处罚决定书 (第五十九条). */
	DECISION("罚决", "decision"),
	/** 当场行政处罚决定书 (第五十二条): pre-printed, numbered from the 号段. */
	ON_SITE_DECISION("当罚", "on-site-decision"),
	/** 结案报告 (the 承办人's report and the 负责人's approval). */
	CLOSING_REPORT("结", "closing-report"),
	/** 案卷 (一案一卷, 第四十七条): cover, 卷内目录, evidence list, 备考表 and every document, as one PDF. */
	CASE_FILE("档", "case-file"),
	/** 送达地址确认书 (第六十一条第二款), with the party's consent to electronic service or without. */
	ADDRESS_CONFIRMATION("址", "address-confirmation"),
	/** 送达回证 (《民事诉讼法》第八十七条). */
	SERVICE_RECEIPT("送", "service-receipt");

	private final String code;

	private final String template;

	DocumentKind(String code, String template) {
		this.code = code;
		this.template = template;
	}

	/** The 文书代码 of the 文号. */
	public String code() {
		return code;
	}

	String template() {
		return "documents/" + template;
	}

	/** Whether the number comes with the request (a pre-printed form) instead of from the kind's sequence. */
	public boolean preNumbered() {
		return this == ON_SITE_DECISION;
	}
}
