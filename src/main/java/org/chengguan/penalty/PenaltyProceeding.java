package org.chengguan.penalty;

import static org.chengguan.penalty.ProceedingAction.ADD_RECORD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * 行政处罚案件: one proceeding from the lead (or the on-the-spot decision) to the decision. The status changes only
 * here, by the table of {@link ProceedingAction}; who may act is {@link ProceedingActors}'s; the legal guards on what
 * is proposed and decided are {@link ProceedingRules}'. Every change appends a {@link ProceedingStep}.
 */
@Entity
@Table(name = "penalty_proceeding")
public class PenaltyProceeding {

	/** 立案前核查 (住建部令第55号第十五条): 15 days, 10 more with the 负责人's approval. */
	static final int LEAD_CHECK_DAYS = 15;

	static final int LEAD_CHECK_EXTENSION = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String number;

	@Enumerated(EnumType.STRING)
	private Procedure procedure;

	@Enumerated(EnumType.STRING)
	private ProceedingStatus status;

	@Embedded
	private Act act = new Act();

	@Embedded
	private Proposal proposal = new Proposal();

	@Embedded
	private RouteState route = new RouteState();

	@Embedded
	private NoticeState notice = new NoticeState();

	@Embedded
	private Discussion discussion = new Discussion();

	private Instant openedAt;

	private @Nullable Instant filedAt;

	private @Nullable Instant concludedAt;

	private @Nullable Instant decidedAt;

	private @Nullable Long signedById;

	private @Nullable String formNumber;

	private boolean cashOnSpot;

	private @Nullable String cashReceipt;

	@OneToMany(mappedBy = "proceeding", cascade = CascadeType.ALL)
	@OrderBy("seq")
	private List<ProceedingStep> steps = new ArrayList<>();

	@OneToMany(mappedBy = "proceeding", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ApprovalStep> approvals = new ArrayList<>();

	@OneToMany(mappedBy = "proceeding", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ProceedingPeriod> periods = new ArrayList<>();

	@OneToMany(mappedBy = "proceeding", cascade = CascadeType.ALL)
	@OrderBy("seq")
	private List<ProceedingRecord> records = new ArrayList<>();

	@Embedded
	private ExecutionState execution = new ExecutionState();

	@ElementCollection
	@CollectionTable(name = "penalty_service", joinColumns = @JoinColumn(name = "proceeding_id"))
	@OrderBy("attemptNo")
	private List<ServiceAttempt> serviceAttempts = new ArrayList<>();

	@Embedded
	private EnforcementState enforcement = new EnforcementState();

	@ElementCollection
	@CollectionTable(name = "penalty_remedy", joinColumns = @JoinColumn(name = "proceeding_id"))
	@OrderBy("seq")
	private List<Remedy> remedies = new ArrayList<>();

	@Embedded
	private PaymentPlan plan = new PaymentPlan();

	@ElementCollection
	@CollectionTable(name = "penalty_instalment", joinColumns = @JoinColumn(name = "proceeding_id"))
	@OrderBy("seq")
	private List<Instalment> instalments = new ArrayList<>();

	@Version
	private long version;

	/** Hibernate loads an embedded part whose columns are all empty as {@code null}; it is an empty part. */
	@PostLoad
	void emptyParts() {
		if (proposal == null) {
			proposal = new Proposal();
		}
		if (route == null) {
			route = new RouteState();
		}
		if (notice == null) {
			notice = new NoticeState();
		}
		if (discussion == null) {
			discussion = new Discussion();
		}
		if (execution == null) {
			execution = new ExecutionState();
		}
		if (enforcement == null) {
			enforcement = new EnforcementState();
		}
		if (plan == null) {
			plan = new PaymentPlan();
		}
	}

	protected PenaltyProceeding() {
		this.number = "";
		this.procedure = Procedure.ORDINARY;
		this.status = ProceedingStatus.LEAD;
		this.openedAt = Instant.EPOCH;
	}

	private PenaltyProceeding(String number, Procedure procedure, NewLead lead, long handlerId, Instant at) {
		this();
		this.number = number;
		this.procedure = procedure;
		this.act = new Act(lead, handlerId);
		this.openedAt = at;
	}

	/** 线索登记 by the 承办人 with the second officer (核查 within 15 days, 住建部令第55号第十五条). */
	static PenaltyProceeding openLead(String number, NewLead lead, Participant by, Participant second, Instant at,
			PeriodClock clock) {
		requireOfficers(by, second);
		var opened = new PenaltyProceeding(number, Procedure.ORDINARY, lead, by.staffId(), at);
		opened.check(ProceedingAction.OPEN, by, null);
		opened.record(ProceedingAction.OPEN, ProceedingStatus.LEAD, by, null, at);
		opened.start(PeriodKind.LEAD_CHECK, LEAD_CHECK_DAYS, clock.dayOf(at), clock);
		return opened;
	}

	/**
	 * 简易程序: two certified officers decide on the spot within the limits of 第五十一条, on a pre-printed form; the
	 * decision is 备案 with the 中队 within 2 working days, and cash taken on the spot reaches the agency in 2.
	 */
	static PenaltyProceeding decideOnSite(String number, String formNumber, OnSiteDecision decision, Participant by,
			Participant second, PartyKind party, ApprovalThresholds thresholds, Instant at, PeriodClock clock) {
		requireOfficers(by, second);
		ProceedingRules.checkOnSite(decision, party);
		var decided = new PenaltyProceeding(number, Procedure.SIMPLE, decision.lead(), by.staffId(), at);
		decided.check(ProceedingAction.DECIDE_ON_SITE, by, null);
		decided.records().add(new NewRecord(RecordKind.STATEMENT, "", decision.statement().strip(),
				by.staffId(), second.staffId(), List.of()), at);
		decided.formNumber = formNumber;
		decided.cashOnSpot = decision.cash();
		decided.cashReceipt = decision.cash() ? java.util.Objects.requireNonNull(decision.cashReceipt()).strip() : null;
		decided.proposal.set(decision.penalty());
		decided.route.store(ApprovalRoute.of(decided.facts(party), thresholds));
		decided.decidedAt = at;
		decided.signedById = by.staffId();
		decided.record(ProceedingAction.DECIDE_ON_SITE, ProceedingStatus.ON_SITE_DECIDED, by, null, at);
		// 《行政处罚法》第五十二条第二款：当场交付当事人
		decided.executing().takeEffect(clock.dayOf(at), ServiceMethod.DIRECT, at, clock);
		decided.start(PeriodKind.SIMPLE_FILING, 2, clock.dayOf(at), clock);
		if (decision.cash()) {
			decided.start(PeriodKind.CASH_HANDOVER, 2, clock.dayOf(at), clock);
		}
		return decided;
	}

	/** 当场收缴的罚款 handed over to the agency (《行政处罚法》第七十一条：自收缴之日起二日内交至行政机关). */
	void handOverCash(Participant by, @Nullable String opinion, Instant at) {
		check(ProceedingAction.HAND_OVER_CASH, by, opinion);
		if (!awaitsCashHandOver()) {
			throw new PenaltyTransitionException("penalty.error.noCash");
		}
		end(PeriodKind.CASH_HANDOVER, at);
		move(ProceedingAction.HAND_OVER_CASH, by, opinion, at);
	}

	/** Whether cash taken on the spot has not reached the agency yet. */
	boolean awaitsCashHandOver() {
		return cashOnSpot && periods().running(PeriodKind.CASH_HANDOVER).isPresent();
	}

	/** An action without data of its own: 备案审查, 不予立案, 不予批准立案, 继续调查. */
	void act(ProceedingAction action, Participant by, @Nullable String opinion, Instant at) {
		if (!List.of(ProceedingAction.RECORD_ON_SITE, ProceedingAction.CLOSE_LEAD, ProceedingAction.REFUSE_FILING,
				ProceedingAction.REOPEN, ProceedingAction.REQUEST_CLOSE, ProceedingAction.APPROVE_CLOSE,
				ProceedingAction.REFUSE_CLOSE, ProceedingAction.ARCHIVE).contains(action)) {
			throw new IllegalArgumentException(action + " needs its data");
		}
		check(action, by, opinion);
		if (action == ProceedingAction.REQUEST_CLOSE) {
			var refusal = closingRefusal();
			if (refusal != null) {
				throw new PenaltyTransitionException(refusal);
			}
		}
		if (action == ProceedingAction.REFUSE_CLOSE) {
			moveTo(execution.getPaidOn() != null ? ProceedingStatus.PAID
					: enforcement.getCourtStep() != null ? ProceedingStatus.ENFORCED : ProceedingStatus.SERVED, action,
					by, opinion, at);
			return;
		}
		if (action == ProceedingAction.RECORD_ON_SITE) {
			approvals.add(new ApprovalStep(this, route.getRound(), ApprovalLevel.SQUAD_FILING,
					ApprovalDecision.APPROVED, by, opinion, null, at));
			end(PeriodKind.SIMPLE_FILING, at);
		}
		if (action == ProceedingAction.CLOSE_LEAD) {
			end(PeriodKind.LEAD_CHECK, at);
		}
		// a decision on the spot paid at the bank before its 备案 is paid off once recorded
		var paid = action == ProceedingAction.RECORD_ON_SITE && execution.getPaidOn() != null;
		moveTo(paid ? ProceedingStatus.PAID : action.target() == null ? status : action.target(), action, by, opinion,
				at);
	}

	/**
	 * 《住房和城乡建设行政处罚程序规定》第十五条：立案前核查十五日，特殊情况经负责人批准可延长十日 — once: the 15 days end
	 * and the same check runs 25 days from its start.
	 */
	void extendLeadCheck(Participant by, String opinion, Instant at, PeriodClock clock) {
		check(ProceedingAction.EXTEND_LEAD_CHECK, by, opinion);
		var running = periods().running(PeriodKind.LEAD_CHECK).filter(p -> p.getLength() == LEAD_CHECK_DAYS)
			.orElseThrow(() -> new PenaltyTransitionException("penalty.error.leadCheckExtended"));
		end(PeriodKind.LEAD_CHECK, at);
		start(PeriodKind.LEAD_CHECK, LEAD_CHECK_DAYS + LEAD_CHECK_EXTENSION, running.getStartsOn(), clock);
		move(ProceedingAction.EXTEND_LEAD_CHECK, by, opinion, at);
	}

	/** Whether the 核查 may still be extended (it runs, and was not extended before). */
	boolean leadCheckExtendable() {
		return periods().running(PeriodKind.LEAD_CHECK).filter(p -> p.getLength() == LEAD_CHECK_DAYS).isPresent();
	}

	/** 提请立案: blocked once the act is past its 时效. */
	void requestFiling(Participant by, LocalDate today, Instant at) {
		check(ProceedingAction.REQUEST_FILING, by, null);
		act.requireWithinLimitation(today);
		move(ProceedingAction.REQUEST_FILING, by, null, at);
	}

	/** 负责人批准立案: the approval time is the 立案日期 and the 90 days of 第六十条 start. */
	void approveFiling(Participant by, @Nullable String opinion, Instant at, PeriodClock clock) {
		check(ProceedingAction.APPROVE_FILING, by, opinion);
		act.requireWithinLimitation(clock.dayOf(at));
		filedAt = at;
		end(PeriodKind.LEAD_CHECK, at);
		start(PeriodKind.DECISION, 90, clock.dayOf(at), clock);
		move(ProceedingAction.APPROVE_FILING, by, opinion, at);
	}

	/** 笔录、证据 … taken by two certified officers; 先行登记保存 must be decided within 7 working days. */
	ProceedingRecord addRecord(NewRecord record, Participant by, Participant second, Instant at, PeriodClock clock) {
		check(ADD_RECORD, by, null);
		return take(ADD_RECORD, record, by, second, at, clock);
	}

	/** A record signed by the two officers, as the step of this action. */
	ProceedingRecord take(ProceedingAction action, NewRecord record, Participant by, Participant second,
			Instant at, PeriodClock clock) {
		requireOfficers(by, second);
		if (record.officerId() != by.staffId() || record.secondOfficerId() != second.staffId()) {
			throw new IllegalArgumentException("The record's officers are the two participants");
		}
		var added = records().add(record, at);
		if (record.kind() == RecordKind.PRESERVATION) {
			start(PeriodKind.PRESERVATION, 7, clock.dayOf(at), clock);
		}
		record(action, status, by, record.title(), at);
		return added;
	}

	/** 负责人 decides a 先行登记保存 (第五十六条) or a 回避 request (第四十三条). */
	void decideRecord(int seq, boolean approved, Participant by, @Nullable String note, Instant at) {
		check(ProceedingAction.DECIDE_RECORD, by, note);
		var decided = records().awaitingDecision(seq);
		decided.decide(approved ? ProceedingRecord.Decision.APPROVED : ProceedingRecord.Decision.REFUSED,
				by.staffId(), note, at);
		if (decided.getKind() == RecordKind.PRESERVATION) {
			end(PeriodKind.PRESERVATION, at);
		}
		record(ProceedingAction.DECIDE_RECORD, status, by, note, at);
	}

	/** 调查终结: the report's proposal, checked against the benchmark and the party's circumstances. */
	void conclude(ProposedOutcome proposed, Assessment assessment, Participant by, Instant at) {
		check(ProceedingAction.CONCLUDE, by, null);
		if (!records().hasEvidence()) {
			throw new PenaltyTransitionException("penalty.error.noRecords");
		}
		if (records().preservationUndecided()) {
			throw new PenaltyTransitionException("penalty.guard.art56");
		}
		ProceedingRules.checkProposal(proposed, assessment);
		proposal.set(proposed);
		concludedAt = at;
		move(ProceedingAction.CONCLUDE, by, proposed.reasons(), at);
	}

	/** 告知, 陈述申辩 and 听证 (第四十四条至第四十五条、第六十二条至第六十五条), as their own collaborator. */
	ProceedingHearing hearing() {
		return new ProceedingHearing(this, notice, proposal, route);
	}

	/** 审批 along the route, 法制审核 and 集体讨论 (第五十七条、第五十八条), as their own collaborator. */
	ProceedingApproval approval() {
		return new ProceedingApproval(this, route, proposal, discussion, approvals);
	}

	/** 负责人作出处罚决定 (第五十七条): every guard of domain.md §8.14 that bears on the decision holds. */
	void decide(Participant by, Assessment assessment, Instant at, PeriodClock clock) {
		check(ProceedingAction.DECIDE, by, null);
		// 《行政处罚法》第五十八条第一款：未经法制审核或者审核未通过的，不得作出决定
		if (!route.isLegalReviewCurrent()) {
			throw new PenaltyTransitionException("penalty.guard.art58");
		}
		ProceedingRules.checkNotFinedTwice(assessment, proposal.fine());
		decidedAt = at;
		signedById = by.staffId();
		end(PeriodKind.DECISION, at);
		// 《行政处罚法》第六十一条第一款：当事人不在场的，行政机关应当在七日内依照民事诉讼法的有关规定送达
		start(PeriodKind.SERVICE, 7, clock.dayOf(at), clock);
		move(ProceedingAction.DECIDE, by, null, at);
	}

	/** What follows the decision — 送达, payment, the day it takes effect — as its own collaborator. */
	ProceedingExecution executing() {
		return new ProceedingExecution(this, execution, serviceAttempts);
	}

	/** The remedies against the decision and the enforcement of an unpaid fine, as their own collaborator. */
	ProceedingEnforcement enforcing() {
		return new ProceedingEnforcement(this, enforcement, remedies, plan, instalments);
	}

	/** Why the 承办人 may not report for 结案 now (a message key), or {@code null} when they may. */
	@Nullable String closingRefusal() {
		if (enforcing().pending().isPresent()) {
			// 复议、诉讼未审结的，不得结案
			return "penalty.guard.remedyPending";
		}
		// 罚缴分离：未经银行确认缴清的罚款不得结案
		return executing().performed() ? null : "penalty.guard.unpaid";
	}

	/** Whether the last approval would end a no-penalty case that has no education record yet (第三十三条第三款). */
	boolean awaitsEducation() {
		var outcome = proposal.getOutcome();
		return status == ProceedingStatus.IN_APPROVAL && route.atLastReview() && outcome != null
				&& outcome.educationRequired() && !records().has(RecordKind.EDUCATION);
	}

	ProceedingRecords recordsView() {
		return records();
	}

	/** Why this person may not take the action now (a message key); empty when they may. */
	public Optional<String> refusal(ProceedingAction action, Participant by) {
		return ProceedingActors.refusal(this, action, by);
	}

	void check(ProceedingAction action, Participant by, @Nullable String opinion) {
		ProceedingActors.refusal(this, action, by).ifPresent(key -> {
			throw new PenaltyTransitionException(key);
		});
		if (action.requiresOpinion() && (opinion == null || opinion.isBlank())) {
			throw new PenaltyTransitionException("penalty.error.opinionRequired");
		}
	}

	/** 《行政处罚法》第四十二条、第五十五条：执法人员不得少于两人，均须持有效执法证 (a 协管员 never counts). */
	static void requireOfficers(Participant first, Participant second) {
		if (first.staffId() == second.staffId() || !first.certified() || !second.certified()) {
			throw new PenaltyTransitionException("penalty.guard.art42");
		}
	}

	void move(ProceedingAction action, Participant by, @Nullable String opinion, Instant at) {
		var next = action.target() == null ? status : action.target();
		moveTo(next, action, by, opinion, at);
	}

	void moveTo(ProceedingStatus next, ProceedingAction action, Participant by, @Nullable String opinion,
			Instant at) {
		if (next != status) {
			periods().end(PeriodKind.APPROVAL_NODE, at);
		}
		record(action, next, by, opinion, at);
	}

	private void record(ProceedingAction action, ProceedingStatus next, Participant by, @Nullable String opinion,
			Instant at) {
		steps.add(new ProceedingStep(this, steps.size() + 1, action, steps.isEmpty() ? null : status, next, by,
				opinion, at));
		status = next;
	}

	void startNode(ApprovalLevel level, Instant at, PeriodClock clock) {
		end(PeriodKind.APPROVAL_NODE, at);
		start(PeriodKind.APPROVAL_NODE, level.workingDays(), clock.dayOf(at), clock);
	}

	void start(PeriodKind kind, int length, LocalDate from, PeriodClock clock) {
		periods().start(kind, length, from, clock);
	}

	void end(PeriodKind kind, Instant at) {
		periods().end(kind, at);
	}

	ProceedingPeriods periods() {
		return new ProceedingPeriods(this, periods);
	}

	ProceedingRecords records() {
		return new ProceedingRecords(this, records);
	}

	private ProceedingFacts facts(PartyKind party) {
		return proposal.facts(procedure, party, notice.isHeard(), false);
	}

	/** The node whose authority acts now, if the proceeding waits for one. */
	public @Nullable ApprovalLevel levelAtHand() {
		return switch (status) {
			case ON_SITE_DECIDED -> ApprovalLevel.SQUAD_FILING;
			case IN_APPROVAL -> route.review();
			case LEGAL_REVIEW -> ApprovalLevel.LEGAL_REVIEW;
			case COLLECTIVE_DISCUSSION -> ApprovalLevel.COLLECTIVE_DISCUSSION;
			case DECISION_PENDING -> Objects.requireNonNull(route.route()).signer();
			default -> null;
		};
	}

	/** The 承办人 or the second officer. */
	public boolean isHandler(long staffId) {
		return act.isHandler(staffId);
	}

	/** Whether the person approved another node of this round (each approver of one proceeding is another person). */
	boolean approvedElsewhere(long staffId, ApprovalLevel level) {
		return approvals.stream()
			.anyMatch(a -> a.getRound() == route.getRound() && a.getApproverId() == staffId && a.getLevel() != level
					&& (a.getDecision() == ApprovalDecision.APPROVED || a.getDecision() == ApprovalDecision.PASSED));
	}

	/** The period of this kind still running, or the last one. */
	public Optional<ProceedingPeriod> period(PeriodKind kind) {
		return periods().last(kind);
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Proceeding not saved");
		}
		return id;
	}

	public String getNumber() {
		return number;
	}

	public Procedure getProcedure() {
		return procedure;
	}

	public ProceedingStatus getStatus() {
		return status;
	}

	public Act getAct() {
		return act;
	}

	public Proposal getProposal() {
		return proposal;
	}

	public RouteState getRoute() {
		return route;
	}

	public NoticeState getNotice() {
		return notice;
	}

	public Discussion getDiscussion() {
		return discussion;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public @Nullable Instant getFiledAt() {
		return filedAt;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable Long getSignedById() {
		return signedById;
	}

	public @Nullable String getFormNumber() {
		return formNumber;
	}

	public boolean isCashOnSpot() {
		return cashOnSpot;
	}

	/** The number of the 专用票据 handed over for cash taken on the spot (第七十条). */
	public @Nullable String getCashReceipt() {
		return cashReceipt;
	}

	public List<ProceedingStep> getSteps() {
		return List.copyOf(steps);
	}

	public List<ApprovalStep> getApprovals() {
		return List.copyOf(approvals);
	}

	public List<ProceedingPeriod> getPeriods() {
		return List.copyOf(periods);
	}

	public ExecutionState getExecution() {
		return execution;
	}

	public List<ServiceAttempt> getServiceAttempts() {
		return List.copyOf(serviceAttempts);
	}

	public EnforcementState getEnforcement() {
		return enforcement;
	}

	public List<Remedy> getRemedies() {
		return List.copyOf(remedies);
	}

	public PaymentPlan getPlan() {
		return plan;
	}

	public List<Instalment> getInstalments() {
		return List.copyOf(instalments);
	}

	public List<ProceedingRecord> getRecords() {
		return List.copyOf(records);
	}

	public long getVersion() {
		return version;
	}
}
