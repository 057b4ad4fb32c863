package org.chengguan.documents;

/**
 * The 文书 of domain.md §8.19 issued so far, each with the template it is rendered from; its 文书代码 (the {代码} of the
 * 文号) is the bureau's, in {@code messages.properties} as {@code document.code.<KIND>}. The
 * 当场行政处罚决定书 is pre-printed and numbered from the squad's 号段, so it brings its own number.
 */
public enum DocumentKind {

	/** 案件来源登记表: where the lead came from, the party and the act, as registered. */
	CASE_SOURCE("case-source"),
	/** 先行登记保存通知书 (第五十六条): the items, handed to the party. */
	PRESERVATION_NOTICE("preservation-notice"),
	/** 先行登记保存审批表: the record and the 负责人's decision. */
	PRESERVATION_APPROVAL("preservation-approval"),
	/** 先行登记保存物品处理决定书 (第五十六条：七日内及时作出处理决定). */
	PRESERVATION_DECISION("preservation-decision"),
	/** 案件调查终结报告 (第五十七条): the facts, the evidence and the proposal. */
	INVESTIGATION_REPORT("investigation-report"),
	/** 案件处理审批表: every node's opinion of the round that decided. */
	CASE_APPROVAL("case-approval"),
	/** 法制审核意见书 (第五十八条): the checklist and the reviewer's opinion. */
	LEGAL_OPINION("legal-opinion"),
	/** 听证通知书 (第六十四条第（二）项：七日前通知). */
	HEARING_NOTICE("hearing-notice"),
	/** 听证报告: the host's report after the hearing. */
	HEARING_REPORT("hearing-report"),
	/** 重大案件集体讨论记录 (第五十七条第二款). */
	DISCUSSION_RECORD("discussion-record"),
	/** 不予行政处罚决定书 (第五十七条第一款第（二）（三）项). */
	NO_PENALTY_DECISION("no-penalty-decision"),
	/** 责令（限期）改正通知书 (第二十八条第一款). */
	CORRECTION_ORDER("correction-order"),
	/** 现场检查（勘验）笔录 (《行政处罚法》第五十五条). */
	INSPECTION_RECORD("record"),
	/** 立案审批表. */
	FILING_APPROVAL("approval"),
	/** 询问笔录. */
	INQUIRY_RECORD("record"),
	/** 行政处罚事先告知书 (第四十四条). */
	PRIOR_NOTICE("prior-notice"),
	/** 行政处罚听证告知书: the 事先告知书 with the right to a hearing (第六十三条). */
	PRIOR_NOTICE_HEARING("prior-notice"),
	/** 陈述申辩笔录 (第四十五条). */
	STATEMENT_RECORD("record"),
	/** 听证笔录 (第六十四条第（八）项). */
	HEARING_RECORD("record"),
	/** 行政处罚决定书 (第五十九条). */
	DECISION("decision"),
	/** 当场行政处罚决定书 (第五十二条): pre-printed, numbered from the 号段. */
	ON_SITE_DECISION("on-site-decision"),
	/** 结案报告 (the 承办人's report and the 负责人's approval). */
	CLOSING_REPORT("closing-report"),
	/** 案卷 (一案一卷, 第四十七条): cover, 卷内目录, evidence list, 备考表 and every document, as one PDF. */
	CASE_FILE("case-file"),
	/** 送达地址确认书 (第六十一条第二款), with the party's consent to electronic service or without. */
	ADDRESS_CONFIRMATION("address-confirmation"),
	/** 送达回证 (《民事诉讼法》第八十七条). */
	SERVICE_RECEIPT("service-receipt"),
	/** 催告书 (《行政强制法》第三十五条): the amount owed, how and by when to pay, the right to state and defend. */
	REMINDER("reminder"),
	/** 行政强制执行申请书 (《行政强制法》第五十五条), signed by the 负责人, with its materials. */
	ENFORCEMENT_APPLICATION("enforcement-application"),
	/** 延期（分期）缴纳罚款审批表: the party's application, the 承办人's opinion, the 负责人's decision (第六十六条). */
	PLAN_APPROVAL("plan-approval"),
	/** 延期（分期）缴纳罚款通知书: the dates and sums approved, or the refusal with the date that stands. */
	PLAN_NOTICE("plan-notice");

	private final String template;

	DocumentKind(String template) {
		this.template = template;
	}

	String template() {
		return "documents/" + template;
	}

	/** Whether the number comes with the request (a pre-printed form) instead of from the kind's sequence. */
	public boolean preNumbered() {
		return this == ON_SITE_DECISION;
	}
}
