package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the penalty module tells others (the audit trail records each). */
public final class PenaltyEvents {

	private PenaltyEvents() {
	}

	/**
	 * A step of a proceeding (全过程记录, 《行政处罚法》第四十七条): its action, the states before and after, who took it
	 * and their opinion.
	 */
	public record ProceedingMoved(long proceedingId, String number, ProceedingAction action,
			@Nullable ProceedingStatus from, ProceedingStatus to, String actor, @Nullable String opinion, Instant at,
			long unitId, long handlerId) {
	}

	/**
	 * The approval route stored at submission: its tier, the thresholds' version it was derived by, and whether T2 ends
	 * at the 法制股 under the bureau's written delegation (allowSubPrincipalFinalApproval, on the audit trail).
	 */
	public record RouteStored(long proceedingId, String number, ApprovalTier tier, String thresholdsVersion,
			boolean delegated, String actor, Instant at) {
	}

	/**
	 * A proceeding's 90 days (《行政处罚法》第六十条) are near their end: {@code daysLeft} is 30, 15 or 5; the officers
	 * working it are told, and at 5 days the squad's leader too.
	 */
	public record DecisionDeadlineNear(long proceedingId, String number, int daysLeft, LocalDate dueOn,
			java.util.List<Long> recipients, Instant at) {
	}

	/** A benchmark version published by the 法制股 (《行政处罚法》第三十四条). */
	public record BenchmarkPublished(String code, int version, LocalDate validFrom, String by, Instant at) {
	}
}
