package org.chengguan.caseflow;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

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
 * authority it needs, and whether an opinion (R10) or photos are required.
 */
public enum CaseAction {

	/** #1 上报: a channel opened the case. */
	REPORT(EnumSet.noneOf(CaseStatus.class), null, "case:report", false, false),
	/** #2 受理: category set, location inside the jurisdiction. */
	ACCEPT(EnumSet.of(REPORTED), ACCEPTED, "case:accept", false, false),
	/** #3 不予受理: a reason from the list. */
	REJECT_INTAKE(EnumSet.of(REPORTED), REJECTED, "case:accept", true, false),
	/** #4 派核实: a field task to grid staff. */
	SEND_VERIFY(EnumSet.of(REPORTED, ACCEPTED), VERIFYING, "case:accept", false, false),
	/** #5 核实属实: photo required. */
	VERIFY_OK(EnumSet.of(VERIFYING), ACCEPTED, "case:verify", false, true),
	/** #5 核实不属实 (a false alarm is dismissed): reason required. */
	VERIFY_FAIL(EnumSet.of(VERIFYING), DECLINED, "case:verify", true, false),
	/** #6 立案: a 立案条件 sets priority and 处置时限. */
	REGISTER(EnumSet.of(ACCEPTED), REGISTERED, "case:register", false, false),
	/** #7 不予立案. */
	DECLINE(EnumSet.of(ACCEPTED), DECLINED, "case:register", true, false),
	/** #8 派遣: to the routed unit, or another with a reason. */
	DISPATCH(EnumSet.of(REGISTERED), DISPATCHED, "case:dispatch", false, false),
	/** #9 签收. */
	SIGN_FOR(EnumSet.of(DISPATCHED), DISPOSING, "case:sign", false, false),
	/** #11 回退: not ours; refused when the unit was designated (R3). */
	RETURN(EnumSet.of(DISPATCHED, DISPOSING), REGISTERED, "case:sign", true, false),
	/** #15 处置反馈: result and after-photos. */
	REPORT_BACK(EnumSet.of(DISPOSING), DISPOSED, "case:dispose", true, true),
	/** #16 派核查. */
	SEND_CHECK(EnumSet.of(DISPOSED), CHECKING, "case:close", false, false),
	/** #17 核查通过: photo from the same viewpoint. */
	CHECK_PASS(EnumSet.of(CHECKING), CHECKED, "case:check", false, true),
	/** #18 核查不通过 = 返工: back to the same unit, the deadline not reset (R4). */
	CHECK_FAIL(EnumSet.of(CHECKING), DISPOSING, "case:check", true, false),
	/** #19 结案: by the 结案条件. */
	CLOSE(EnumSet.of(CHECKED), CLOSED, "case:close", false, false),
	/** #20 自行处置: fixed on the spot with before and after photos (R7). */
	SELF_DISPOSE(EnumSet.of(REPORTED, ACCEPTED), CLOSED, "case:report", false, true),
	/** #21 作废: reason required, never after 结案 (R6). */
	CANCEL(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), CANCELLED, "case:cancel", true, false),
	/** #22 合并: into an open parent case (§4.5). */
	MERGE(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), MERGED, "case:accept", false, false),
	/** 不满意重办: the hotline's 回访 found the caller unsatisfied; back to the same unit on a new clock (§7). */
	REOPEN(EnumSet.of(CLOSED), DISPOSING, "system", true, false),
	/**
	 * 退单未获批准: the hotline centre kept the order with us; the declined case goes back to the 受理 queue, and the
	 * order can no longer be returned (domain.md §7).
	 */
	RETURN_REFUSED(EnumSet.of(REJECTED), REPORTED, "system", true, false),
	/** R1 延期申请 by the unit, before the deadline, with the reason. */
	EXTEND_REQUEST(EnumSet.of(DISPATCHED, DISPOSING), null, "case:dispose", true, false),
	/** R1 延期批准: adds one original 处置时限; at most two. */
	EXTEND_APPROVE(EnumSet.of(DISPATCHED, DISPOSING), null, "case:extend", false, false),
	/** R1 延期不批准: does not count. */
	EXTEND_REJECT(EnumSet.of(DISPATCHED, DISPOSING), null, "case:extend", true, false),
	/** R2 挂账申请 by the unit: a problem that cannot be solved now, with its end date (≤ 1 year). */
	HOLD_REQUEST(EnumSet.of(DISPOSING), null, "case:dispose", true, false),
	/** R2 挂账批准 by the 值班长: the clock pauses until the end date. */
	HOLD_APPROVE(EnumSet.of(DISPOSING), HELD, "case:hold", false, false),
	/** R2 挂账不批准. */
	HOLD_REJECT(EnumSet.of(DISPOSING), null, "case:hold", true, false),
	/** R2 恢复: the end date came (automatically) or the 值班长 ends the hold; the clock runs on. */
	RESUME(EnumSet.of(HELD), DISPOSING, "case:hold", false, false),
	/** R6 作废申请 by whoever works the case; the 值班长 decides. */
	CANCEL_REQUEST(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), null, "case:view", true, false),
	/** R6 作废不批准. */
	CANCEL_REJECT(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.TERMINAL)), null, "case:cancel", true, false);

	private final Set<CaseStatus> from;

	private final @Nullable CaseStatus to;

	private final String authority;

	private final boolean opinionRequired;

	private final boolean photoRequired;

	CaseAction(Set<CaseStatus> from, @Nullable CaseStatus to, String authority, boolean opinionRequired,
			boolean photoRequired) {
		this.from = from;
		this.to = to;
		this.authority = authority;
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

	public String authority() {
		return authority;
	}

	public boolean requiresOpinion() {
		return opinionRequired;
	}

	public boolean requiresPhoto() {
		return photoRequired;
	}
}
