package org.chengguan.penalty;

import java.util.EnumSet;
import java.util.Set;

/** 案件状态 of a proceeding (domain.md §8.15). Each constant says who acts next. */
public enum ProceedingStatus {

	/** 简易程序 当场处罚决定: the 中队长 reviews the 备案 within 2 working days. */
	ON_SITE_DECIDED,
	/** 已备案: the 中队长 accepted the on-the-spot decision; payment follows (next issue). */
	RECORDED,
	/** 线索·核查中: the 承办人 checks the lead and asks for 立案, or closes it. */
	LEAD,
	/** 不予立案: terminal. */
	NO_CASE,
	/** 立案待批: the 负责人 approves the 立案审批表; the approval time is the 立案日期. */
	FILING,
	/** 调查取证: the 承办人 and a second certified officer take records and evidence, then conclude. */
	INVESTIGATING,
	/** 调查终结: the 承办人 submits the 调查终结报告 and the proposed outcome for approval. */
	CONCLUDED,
	/** 审批中: the node of the route before the 告知 approves, returns or rejects. */
	IN_APPROVAL,
	/** 待告知: the 承办人 serves the 行政处罚事先告知书. */
	NOTICE_PENDING,
	/** 陈述申辩期: the party may state, defend and ask for a hearing; the 承办人 closes the period. */
	STATEMENT_PERIOD,
	/** 听证申请: the 法制股 schedules the hearing. */
	HEARING_REQUESTED,
	/** 听证已安排: the host holds it (or records the party's absence). */
	HEARING_SCHEDULED,
	/** 法制审核 (《行政处罚法》第五十八条): after a hearing or a change of the penalty. */
	LEGAL_REVIEW,
	/** 集体讨论 (第五十七条第二款): the 班子 discusses; its chair records the conclusion. */
	COLLECTIVE_DISCUSSION,
	/** 待决定: the signer (行政机关负责人) makes the decision. */
	DECISION_PENDING,
	/** 已作出处罚决定·待送达: the 承办人 serves it (《行政处罚法》第六十一条：当事人不在场的，七日内送达). */
	DECIDED,
	/** 公告送达中: deemed served when the 公告 period has run (《民事诉讼法》第九十五条). */
	PUBLIC_NOTICE,
	/** 已送达·待履行: the decision took effect; the fine is paid at the bank, the correction made. */
	SERVED,
	/** 已催告: the 催告书 was served; ten working days on, unpaid, the 负责人 applies to the court (《行政强制法》第五十四条). */
	REMINDED,
	/** 已申请法院强制执行: the court accepts, rules and enforces; the 承办人 records what it did. */
	ENFORCEMENT_APPLIED,
	/** 强制执行终结: the court enforced the decision or refused to; the 承办人 reports for 结案. */
	ENFORCED,
	/** 决定已被撤销 (复议 or 诉讼): terminal; the 公示 is withdrawn. */
	REVOKED,
	/** 已缴纳罚款: the bank confirmed the fine (with any 加处罚款) paid; the 承办人 reports for 结案. */
	PAID,
	/** 结案待批: the 负责人 approves the 结案报告. */
	CLOSING,
	/** 已结案: the decision performed; the 承办人 compiles the file (立卷). */
	CLOSED,
	/** 已归档: one file per case (一案一卷, 第四十七条), as one PDF. */
	ARCHIVED,
	/** 不予行政处罚 (第三十三条, 第五十七条第一款第（二）（三）项): terminal, with the education record. */
	NO_PENALTY,
	/** 移送司法机关 (第二十七条) or another competent agency: terminal. */
	TRANSFERRED;

	static final Set<ProceedingStatus> TERMINAL = EnumSet.of(NO_CASE, NO_PENALTY, TRANSFERRED, ARCHIVED, REVOKED);

	/** Whether nothing more happens in this module (a decision still has service and payment ahead). */
	public boolean isTerminal() {
		return TERMINAL.contains(this);
	}
}
