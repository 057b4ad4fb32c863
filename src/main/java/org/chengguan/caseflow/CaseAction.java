package org.chengguan.caseflow;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import static org.chengguan.caseflow.ActorRule.APPROVER;
import static org.chengguan.caseflow.ActorRule.DESK;
import static org.chengguan.caseflow.ActorRule.FIELD_TASK;
import static org.chengguan.caseflow.ActorRule.HANDLING_UNIT;
import static org.chengguan.caseflow.ActorRule.INDEPENDENT_CHECK;
import static org.chengguan.caseflow.ActorRule.REPORTER;
import static org.chengguan.caseflow.ActorRule.SYSTEM;
import static org.chengguan.caseflow.ActorRule.WORKER;
import static org.chengguan.caseflow.CaseStatus.ACCEPTED;
import static org.chengguan.caseflow.CaseStatus.CANCELLED;
import static org.chengguan.caseflow.CaseStatus.CHECKED;
import static org.chengguan.caseflow.CaseStatus.CHECKING;
import static org.chengguan.caseflow.CaseStatus.CLOSED;
import static org.chengguan.caseflow.CaseStatus.DECLINED;
import static org.chengguan.caseflow.CaseStatus.DISPATCHED;
import static org.chengguan.caseflow.CaseStatus.DISPOSED;
import static org.chengguan.caseflow.CaseStatus.DISPOSING;
import static org.chengguan.caseflow.CaseStatus.HELD;
import static org.chengguan.caseflow.CaseStatus.MERGED;
import static org.chengguan.caseflow.CaseStatus.REGISTERED;
import static org.chengguan.caseflow.CaseStatus.REJECTED;
import static org.chengguan.caseflow.CaseStatus.REPORTED;
import static org.chengguan.caseflow.CaseStatus.VERIFYING;

/**
 * The transition table (domain.md §6.3): for each action, the states it may start from, the state it leads to, the
 * authority it needs, who among its holders may take it ({@link ActorRule}: seeing is not acting), and whether an
 * opinion (R10) or photos are required.
 */
public enum CaseAction {

	/** #1 上报: a channel opened the case. */
	REPORT(EnumSet.noneOf(CaseStatus.class), null, "case:report", SYSTEM, false, false),
	/** #2 受理: category set, location inside the jurisdiction. */
	ACCEPT(EnumSet.of(REPORTED), ACCEPTED, "case:accept", DESK, false, false),
	/** #3 不予受理: a reason from the list. */
	REJECT_INTAKE(EnumSet.of(REPORTED), REJECTED, "case:accept", DESK, true, false),
	/** #4 派核实: a field task to grid staff. */
	SEND_VERIFY(EnumSet.of(REPORTED, ACCEPTED), VERIFYING, "case:accept", DESK, false, false),
	/** #5 核实属实: photo required. */
	VERIFY_OK(EnumSet.of(VERIFYING), ACCEPTED, "case:verify", FIELD_TASK, false, true),
	/** #5 核实不属实 (a false alarm is dismissed): reason required. */
	VERIFY_FAIL(EnumSet.of(VERIFYING), DECLINED, "case:verify", FIELD_TASK, true, false),
	/** #6 立案: a 立案条件 sets priority and 处置时限. */
	REGISTER(EnumSet.of(ACCEPTED), REGISTERED, "case:register", DESK, false, false),
	/** #7 不予立案. */
	DECLINE(EnumSet.of(ACCEPTED), DECLINED, "case:register", DESK, true, false),
	/** #8 派遣: to the routed unit, or another with a reason. */
	DISPATCH(EnumSet.of(REGISTERED), DISPATCHED, "case:dispatch", DESK, false, false),
	/** #9 签收. */
	SIGN_FOR(EnumSet.of(DISPATCHED), DISPOSING, "case:sign", HANDLING_UNIT, false, false),
	/** #11 回退: not ours; refused when the unit was designated (R3). */
	RETURN(EnumSet.of(DISPATCHED, DISPOSING), REGISTERED, "case:sign", HANDLING_UNIT, true, false),
	/** #15 处置反馈: result and after-photos. */
	REPORT_BACK(EnumSet.of(DISPOSING), DISPOSED, "case:dispose", HANDLING_UNIT, true, true),
	/** #16 派核查. */
	SEND_CHECK(EnumSet.of(DISPOSED), CHECKING, "case:close", DESK, false, false),
	/** #17 核查通过: photo from the same viewpoint. */
	CHECK_PASS(EnumSet.of(CHECKING), CHECKED, "case:check", INDEPENDENT_CHECK, false, true),
	/** #18 核查不通过 = 返工: back to the same unit, the deadline not reset (R4). */
	CHECK_FAIL(EnumSet.of(CHECKING), DISPOSING, "case:check", INDEPENDENT_CHECK, true, false),
	/** #19 结案: by the 结案条件. */
	CLOSE(EnumSet.of(CHECKED), CLOSED, "case:close", DESK, false, false),
	/** #20 自行处置: fixed on the spot with before and after photos (R7). */
	SELF_DISPOSE(EnumSet.of(REPORTED, ACCEPTED), CLOSED, "case:report", REPORTER, false, true),
	/** #21 作废: reason required, never after 结案 (R6). */
	CANCEL(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), CANCELLED, "case:cancel", APPROVER, true,
			false),
	/** #22 合并: into an open parent case (§4.5). */
	MERGE(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), MERGED, "case:accept", DESK, false, false),
	/** 不满意重办: the hotline's 回访 found the caller unsatisfied; back to the same unit on a new clock (§7). */
	REOPEN(EnumSet.of(CLOSED), DISPOSING, "system", SYSTEM, true, false),
	/**
	 * 退单未获批准: the hotline centre kept the order with us; the declined case goes back to the 受理 queue, and the
	 * order can no longer be returned (domain.md §7).
	 */
	RETURN_REFUSED(EnumSet.of(REJECTED), REPORTED, "system", SYSTEM, true, false),
	/** 退单获批准: the hotline centre took the order back (not our duty); the case ends as 不予受理 (domain.md §7). */
	RETURN_APPROVED(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), REJECTED, "system", SYSTEM, false,
			false),
	/** R1 延期申请 by the unit, before the deadline, with the reason and the new deadline asked for. */
	EXTEND_REQUEST(EnumSet.of(DISPATCHED, DISPOSING), null, "case:dispose", HANDLING_UNIT, true, false),
	/** R1 延期批准 up to the deadline asked for (or less), at most one original 处置时限 more; at most two. */
	EXTEND_APPROVE(EnumSet.of(DISPATCHED, DISPOSING), null, "case:extend", APPROVER, false, false),
	/** R1 延期不批准: does not count. */
	EXTEND_REJECT(EnumSet.of(DISPATCHED, DISPOSING), null, "case:extend", APPROVER, true, false),
	/** R2 挂账申请 by the unit: a problem that cannot be solved now, with its end date (≤ 1 year). */
	HOLD_REQUEST(EnumSet.of(DISPOSING), null, "case:dispose", HANDLING_UNIT, true, false),
	/** R2 挂账批准 by the 值班长: the clock pauses until the end date. */
	HOLD_APPROVE(EnumSet.of(DISPOSING), HELD, "case:hold", APPROVER, false, false),
	/** R2 挂账不批准. */
	HOLD_REJECT(EnumSet.of(DISPOSING), null, "case:hold", APPROVER, true, false),
	/** R2 恢复: the end date came (automatically) or the 值班长 ends the hold; the clock runs on. */
	RESUME(EnumSet.of(HELD), DISPOSING, "case:hold", APPROVER, false, false),
	/** R6 作废申请 by whoever works the case; the 值班长 decides. */
	CANCEL_REQUEST(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), null, "case:view", WORKER, true, false),
	/** R6 作废不批准. */
	CANCEL_REJECT(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), null, "case:cancel", APPROVER, true, false);

	private final Set<CaseStatus> from;

	private final @Nullable CaseStatus to;

	private final String authority;

	private final ActorRule rule;

	private final boolean opinionRequired;

	private final boolean photoRequired;

	CaseAction(Set<CaseStatus> from, @Nullable CaseStatus to, String authority, ActorRule rule,
			boolean opinionRequired, boolean photoRequired) {
		this.from = from;
		this.to = to;
		this.authority = authority;
		this.rule = rule;
		this.opinionRequired = opinionRequired;
		this.photoRequired = photoRequired;
	}

	/** Whether a person takes this action on the case page (not a channel or a platform). */
	public boolean isManual() {
		// "system": only a channel or a platform takes it; no person holds that authority.
		return this != REPORT && !"system".equals(authority);
	}

	public boolean allowedFrom(CaseStatus status) {
		return from.contains(status);
	}

	/** The state the action leads to from {@code status}: its target, or the same state for a request. */
	CaseStatus target(CaseStatus status) {
		return to == null ? status : to;
	}

	/** The request this action answers or makes, if it is one of the approval branches (R1, R2, R6). */
	@Nullable PendingRequest request() {
		return switch (this) {
			case EXTEND_REQUEST, EXTEND_APPROVE, EXTEND_REJECT -> PendingRequest.EXTENSION;
			case HOLD_REQUEST, HOLD_APPROVE, HOLD_REJECT -> PendingRequest.HOLD;
			case CANCEL_REQUEST, CANCEL_REJECT -> PendingRequest.CANCEL;
			default -> null;
		};
	}

	/** Whether this action asks for an approval (rather than giving or refusing one). */
	boolean isRequest() {
		return this == EXTEND_REQUEST || this == HOLD_REQUEST || this == CANCEL_REQUEST;
	}

	/** Refuses the action from {@code status}, or without the opinion (R10) or photos it needs. */
	void requireAllowed(CaseStatus status, Step step) {
		if (!allowedFrom(status)) {
			throw new CaseTransitionException("caseflow.error.notAllowed");
		}
		if (opinionRequired && step.opinion() == null) {
			throw new CaseTransitionException("caseflow.error.opinionRequired");
		}
		if (photoRequired && step.evidenceIds().isEmpty()) {
			throw new CaseTransitionException("caseflow.error.photoRequired");
		}
	}

	public String authority() {
		return authority;
	}

	/** Who, among those who hold the authority and see the case, may take it. */
	ActorRule rule() {
		return rule;
	}

	/** Whether the action takes more than an opinion and photos (a category, a condition, a unit, a person …). */
	boolean needsData() {
		return switch (this) {
			case ACCEPT, REGISTER, DISPATCH, MERGE, SEND_VERIFY, SEND_CHECK, EXTEND_REQUEST, EXTEND_APPROVE, HOLD_REQUEST,
					HOLD_APPROVE, RESUME -> true;
			default -> false;
		};
	}

	public boolean requiresOpinion() {
		return opinionRequired;
	}

	public boolean requiresPhoto() {
		return photoRequired;
	}
}
