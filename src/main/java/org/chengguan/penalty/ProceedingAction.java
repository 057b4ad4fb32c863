package org.chengguan.penalty;

import static org.chengguan.penalty.ProceedingAction.Actor.HANDLER;
import static org.chengguan.penalty.ProceedingAction.Actor.HEARING_HOST;
import static org.chengguan.penalty.ProceedingAction.Actor.HEARING_ORGANISER;
import static org.chengguan.penalty.ProceedingAction.Actor.NODE;
import static org.chengguan.penalty.ProceedingAction.Actor.PRINCIPAL;
import static org.chengguan.penalty.ProceedingAction.Actor.SIGNER;
import static org.chengguan.penalty.ProceedingAction.Actor.SYSTEM;
import static org.chengguan.penalty.ProceedingStatus.CLOSED;
import static org.chengguan.penalty.ProceedingStatus.CLOSING;
import static org.chengguan.penalty.ProceedingStatus.COLLECTIVE_DISCUSSION;
import static org.chengguan.penalty.ProceedingStatus.CONCLUDED;
import static org.chengguan.penalty.ProceedingStatus.DECIDED;
import static org.chengguan.penalty.ProceedingStatus.DECISION_PENDING;
import static org.chengguan.penalty.ProceedingStatus.FILING;
import static org.chengguan.penalty.ProceedingStatus.HEARING_REQUESTED;
import static org.chengguan.penalty.ProceedingStatus.HEARING_SCHEDULED;
import static org.chengguan.penalty.ProceedingStatus.INVESTIGATING;
import static org.chengguan.penalty.ProceedingStatus.IN_APPROVAL;
import static org.chengguan.penalty.ProceedingStatus.LEAD;
import static org.chengguan.penalty.ProceedingStatus.LEGAL_REVIEW;
import static org.chengguan.penalty.ProceedingStatus.NOTICE_PENDING;
import static org.chengguan.penalty.ProceedingStatus.NO_CASE;
import static org.chengguan.penalty.ProceedingStatus.PAID;
import static org.chengguan.penalty.ProceedingStatus.ON_SITE_DECIDED;
import static org.chengguan.penalty.ProceedingStatus.RECORDED;
import static org.chengguan.penalty.ProceedingStatus.PUBLIC_NOTICE;
import static org.chengguan.penalty.ProceedingStatus.ENFORCED;
import static org.chengguan.penalty.ProceedingStatus.ENFORCEMENT_APPLIED;
import static org.chengguan.penalty.ProceedingStatus.REMINDED;
import static org.chengguan.penalty.ProceedingStatus.SERVED;
import static org.chengguan.penalty.ProceedingStatus.STATEMENT_PERIOD;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The transition table of a proceeding (domain.md §8.15), in one place: for each action the states it starts from,
 * the state it leads to ({@code null}: it stays, or the aggregate works the next one out from the route), the
 * authority it needs ({@code null}: the authority of the route's node at hand), who among the holders may act, and
 * whether an opinion is required.
 */
public enum ProceedingAction {

	/** 线索登记. */
	OPEN(EnumSet.noneOf(ProceedingStatus.class), LEAD, "penalty:handle", HANDLER, false),
	/** 简易程序 当场作出处罚决定 (第五十一条). */
	DECIDE_ON_SITE(EnumSet.noneOf(ProceedingStatus.class), ON_SITE_DECIDED, "penalty:handle", HANDLER, false),
	/** 中队长 备案审查 of an on-the-spot decision (第五十二条第三款). */
	RECORD_ON_SITE(EnumSet.of(ON_SITE_DECIDED), RECORDED, null, NODE, false),
	/** 当场收缴的罚款交至行政机关 (第七十一条：二日内). */
	HAND_OVER_CASH(EnumSet.of(ON_SITE_DECIDED, RECORDED), null, "penalty:handle", HANDLER, false),
	/** 负责人批准延长立案前核查十日 (住建部令第55号第十五条). */
	EXTEND_LEAD_CHECK(EnumSet.of(LEAD), null, "penalty:principal", PRINCIPAL, true),
	/** 核查后不予立案. */
	CLOSE_LEAD(EnumSet.of(LEAD), NO_CASE, "penalty:handle", HANDLER, true),
	/** 提请立案 (第五十四条第二款：符合立案标准的，应当及时立案). */
	REQUEST_FILING(EnumSet.of(LEAD), FILING, "penalty:handle", HANDLER, false),
	/** 负责人批准立案: the 立案日期 and the 90 days start. */
	APPROVE_FILING(EnumSet.of(FILING), INVESTIGATING, "penalty:principal", PRINCIPAL, false),
	/** 负责人不予批准立案. */
	REFUSE_FILING(EnumSet.of(FILING), LEAD, "penalty:principal", PRINCIPAL, true),
	/** 制作笔录、提取证据 (two certified officers). */
	ADD_RECORD(EnumSet.of(LEAD, INVESTIGATING, STATEMENT_PERIOD), null, "penalty:handle", HANDLER, false),
	/** 负责人决定先行登记保存或回避 (第五十六条, 第四十三条). */
	DECIDE_RECORD(EnumSet.of(INVESTIGATING), null, "penalty:principal", PRINCIPAL, false),
	/** 调查终结 with the report and the proposal (第五十七条). */
	CONCLUDE(EnumSet.of(INVESTIGATING), CONCLUDED, "penalty:handle", HANDLER, false),
	/** 继续调查. */
	REOPEN(EnumSet.of(CONCLUDED), INVESTIGATING, "penalty:handle", HANDLER, false),
	/** 提交审批: the route is derived and stored. */
	SUBMIT(EnumSet.of(CONCLUDED), IN_APPROVAL, "penalty:handle", HANDLER, false),
	/** 审批同意 at the node at hand. */
	APPROVE(EnumSet.of(IN_APPROVAL), null, null, NODE, false),
	/** 退回上一审批环节. */
	RETURN_TO_NODE(EnumSet.of(IN_APPROVAL), IN_APPROVAL, null, NODE, true),
	/** 退回承办人补充调查. */
	RETURN(EnumSet.of(IN_APPROVAL, LEGAL_REVIEW, COLLECTIVE_DISCUSSION, DECISION_PENDING), INVESTIGATING, null, NODE,
			true),
	/** 审批不同意: back to the 承办人's report. */
	REJECT(EnumSet.of(IN_APPROVAL), CONCLUDED, null, NODE, true),
	/** 送达行政处罚事先告知书 (第四十四条). */
	SERVE_NOTICE(EnumSet.of(NOTICE_PENDING), STATEMENT_PERIOD, "penalty:handle", HANDLER, false),
	/** 记录陈述申辩 and whether it is adopted (第四十五条). */
	RECORD_STATEMENT(EnumSet.of(STATEMENT_PERIOD), null, "penalty:handle", HANDLER, false),
	/** 当事人书面放弃陈述申辩和听证 (第六十二条). */
	RECORD_WAIVER(EnumSet.of(STATEMENT_PERIOD), null, "penalty:handle", HANDLER, false),
	/** 当事人要求听证 (第六十三条、第六十四条第（一）项). */
	REQUEST_HEARING(EnumSet.of(STATEMENT_PERIOD), HEARING_REQUESTED, "penalty:handle", HANDLER, false),
	/** 安排听证: date, place, host (第六十四条第（二）（四）项). */
	SCHEDULE_HEARING(EnumSet.of(HEARING_REQUESTED), HEARING_SCHEDULED, "penalty:approve:legal", HEARING_ORGANISER,
			false),
	/** 举行听证 with its 笔录 (第六十四条、第六十五条): 法制审核 follows (第五十八条第一款第（二）项). */
	HOLD_HEARING(EnumSet.of(HEARING_SCHEDULED), LEGAL_REVIEW, "penalty:approve:legal", HEARING_HOST, false),
	/** 当事人无正当理由拒不出席: deemed to waive (第六十四条第（七）项). */
	HEARING_ABSENT(EnumSet.of(HEARING_SCHEDULED), null, "penalty:approve:legal", HEARING_HOST, true),
	/** 陈述申辩期结束: expired, or answered, or waived. */
	END_STATEMENT_PERIOD(EnumSet.of(STATEMENT_PERIOD), null, "penalty:handle", HANDLER, false),
	/** 法制审核通过. */
	PASS_REVIEW(EnumSet.of(LEGAL_REVIEW), null, null, NODE, false),
	/** 法制审核不通过: no decision (第五十八条第一款). */
	FAIL_REVIEW(EnumSet.of(LEGAL_REVIEW), CONCLUDED, null, NODE, true),
	/** 集体讨论 recorded by its chair (第五十七条第二款). */
	RECORD_DISCUSSION(EnumSet.of(COLLECTIVE_DISCUSSION), DECISION_PENDING, null, NODE, false),
	/** 负责人作出处罚决定 (第五十七条第一款). */
	DECIDE(EnumSet.of(DECISION_PENDING), DECIDED, null, SIGNER, false),
	/** 送达决定书 (第六十一条): served, not found, or a 公告 published — the attempt says which. */
	SERVE_DECISION(EnumSet.of(DECIDED), null, "penalty:handle", HANDLER, false),
	/** 当事人签署送达地址确认书 (第六十一条第二款), with or without consent to electronic service. */
	CONFIRM_ADDRESS(EnumSet.of(LEAD, FILING, INVESTIGATING, CONCLUDED, IN_APPROVAL, NOTICE_PENDING, STATEMENT_PERIOD,
			HEARING_REQUESTED, HEARING_SCHEDULED, LEGAL_REVIEW, COLLECTIVE_DISCUSSION, DECISION_PENDING, DECIDED), null,
			"penalty:handle", HANDLER, false),
	/** 公告期满，视为送达 (《民事诉讼法》第九十五条): the system, when the period has run. */
	DEEM_SERVED(EnumSet.of(PUBLIC_NOTICE), SERVED, "system", SYSTEM, false),
	/** 银行确认罚款已缴清 (罚缴分离实施办法第十条): only the bank's confirmation, never a person. */
	CONFIRM_PAYMENT(EnumSet.of(ON_SITE_DECIDED, RECORDED, SERVED, REMINDED, ENFORCEMENT_APPLIED), null, "system",
			SYSTEM, false),
	/** 当事人申请暂缓或者分期缴纳罚款 (《行政处罚法》第六十六条第二款), with the hardship it states. */
	REQUEST_PLAN(EnumSet.of(SERVED), null, "penalty:handle", HANDLER, true),
	/** 负责人批准暂缓或者分期缴纳. */
	APPROVE_PLAN(EnumSet.of(SERVED), null, "penalty:principal", PRINCIPAL, false),
	/** 负责人不予批准. */
	REFUSE_PLAN(EnumSet.of(SERVED), null, "penalty:principal", PRINCIPAL, true),
	/** 当事人申请行政复议或者提起行政诉讼, as the 复议机关 or the court told the agency. */
	RECORD_REMEDY(EnumSet.of(SERVED, PAID, REMINDED), null, "penalty:handle", HANDLER, false),
	/** 复议决定 or 判决、裁定 on the decision: a revoked decision ends the proceeding. */
	DECIDE_REMEDY(EnumSet.of(SERVED, PAID, REMINDED), null, "penalty:handle", HANDLER, false),
	/** 送达催告书 (《行政强制法》第三十五条、第五十四条). */
	SERVE_REMINDER(EnumSet.of(SERVED), REMINDED, "penalty:handle", HANDLER, false),
	/** 申请人民法院强制执行, signed by the 负责人 (《行政强制法》第五十三条、第五十五条). */
	APPLY_ENFORCEMENT(EnumSet.of(REMINDED), ENFORCEMENT_APPLIED, "penalty:principal", PRINCIPAL, false),
	/** 法院受理、裁定、执行 as the court reports it (《行政强制法》第五十六条至第五十八条). */
	RECORD_COURT(EnumSet.of(ENFORCEMENT_APPLIED), null, "penalty:handle", HANDLER, false),
	/** 结案报告: the decision performed (paid, corrected, or the court's enforcement ended), as the 承办人 reports it. */
	REQUEST_CLOSE(EnumSet.of(RECORDED, SERVED, PAID, ENFORCED), CLOSING, "penalty:handle", HANDLER, true),
	/** 负责人批准结案. */
	APPROVE_CLOSE(EnumSet.of(CLOSING), CLOSED, "penalty:principal", PRINCIPAL, false),
	/** 负责人不予结案: back to the performance. */
	REFUSE_CLOSE(EnumSet.of(CLOSING), null, "penalty:principal", PRINCIPAL, true),
	/** 立卷归档 (一案一卷, 第四十七条) by the 承办人: the case file as one PDF. */
	ARCHIVE(EnumSet.of(CLOSED), ProceedingStatus.ARCHIVED, "penalty:handle", HANDLER, false);

	/** Who, among those holding the authority, may take the action on this proceeding. */
	enum Actor {
		/** 承办人 or the second officer of the proceeding, with a valid 执法证. */
		HANDLER,
		/** 行政机关负责人 (分管领导, 局长), not one of the proceeding's officers. */
		PRINCIPAL,
		/** The approver of the node at hand: not an officer of the proceeding, not an approver of another node. */
		NODE,
		/** The 法制股 that arranges the hearing. */
		HEARING_ORGANISER,
		/** The hearing's host. */
		HEARING_HOST,
		/** The one whose approval is the decision's signature (the 班子's chair at T4). */
		SIGNER,
		/** The application itself, when a period has run. */
		SYSTEM
	}

	private final Set<ProceedingStatus> from;

	private final @Nullable ProceedingStatus to;

	private final @Nullable String authority;

	private final Actor actor;

	private final boolean opinionRequired;

	ProceedingAction(Set<ProceedingStatus> from, @Nullable ProceedingStatus to, @Nullable String authority, Actor actor,
			boolean opinionRequired) {
		this.from = from;
		this.to = to;
		this.authority = authority;
		this.actor = actor;
		this.opinionRequired = opinionRequired;
	}

	public boolean startsFrom(ProceedingStatus status) {
		return from.contains(status);
	}

	/** Whether the action opens a proceeding (it starts from no state). */
	boolean creates() {
		return from.isEmpty();
	}

	@Nullable ProceedingStatus target() {
		return to;
	}

	/** The authority the action needs; {@code null} when it is the node's. */
	@Nullable String fixedAuthority() {
		return authority;
	}

	Actor actor() {
		return actor;
	}

	public boolean requiresOpinion() {
		return opinionRequired;
	}
}
