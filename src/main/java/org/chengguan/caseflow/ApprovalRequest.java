package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A request waiting on a case for its decider (domain.md §6.4): 延期 (R1) with the deadline asked for, 挂账 (R2) with
 * its end date, or 作废 (R6). One at a time; a case without one stores none.
 *
 * @param kind what is asked
 * @param since when it was asked
 * @param until the date asked for: the new 处置 deadline of a 延期, the end of a 挂账
 */
@Embeddable
public record ApprovalRequest(@Column(name = "pending_request") @Enumerated(EnumType.STRING) PendingRequest kind,
		@Column(name = "pending_since") Instant since, @Column(name = "requested_until") @Nullable LocalDate until) {

	/** Whether a request action is open now: a request when none is pending, an answer when its request is. */
	static boolean offered(@Nullable ApprovalRequest pending, CaseAction action) {
		var kind = action.request();
		return kind == null || (action.isRequest() ? pending == null : pending != null && pending.kind() == kind);
	}

	/** The date the pending request of this kind asks for; refused when none is pending. */
	static LocalDate asked(@Nullable ApprovalRequest pending, PendingRequest kind) {
		if (pending == null || pending.kind() != kind || pending.until() == null) {
			throw new CaseTransitionException("caseflow.error.noRequest");
		}
		return pending.until();
	}

	/** R2: a hold ends after today and at most one year on. */
	static void requireHoldUntil(LocalDate until, LocalDate today) {
		if (!until.isAfter(today) || until.isAfter(today.plusYears(1))) {
			throw new CaseTransitionException("caseflow.error.holdUntil");
		}
	}

	/**
	 * The request pending after {@code action}: a request opens one (none may be pending), an answer closes the one
	 * it answers, and 作废 decided by the 值班长 directly clears whatever was pending.
	 */
	static @Nullable ApprovalRequest after(@Nullable ApprovalRequest pending, CaseAction action, Instant at,
			@Nullable LocalDate until) {
		var kind = action.request();
		if (kind != null && action.isRequest()) {
			if (pending != null) {
				throw new CaseTransitionException("caseflow.error.requestPending");
			}
			return new ApprovalRequest(kind, at, until);
		}
		if (kind != null) {
			if (pending == null || pending.kind() != kind) {
				throw new CaseTransitionException("caseflow.error.noRequest");
			}
			return null;
		}
		return action == CaseAction.CANCEL ? null : pending;
	}
}
