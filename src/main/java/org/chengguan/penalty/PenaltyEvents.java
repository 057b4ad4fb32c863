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

	/**
	 * A decision changed, revoked or found illegal by a 复议 or a court (《行政处罚法》第四十八条第二款): its 公示 is to be
	 * withdrawn within 3 working days.
	 */
	public record DecisionAltered(long proceedingId, String number, RemedyOutcome outcome, Instant at) {
	}

	/**
	 * A hard alert after the decision, given once: the decision still unserved near the end of its 7 working days, or
	 * an unpaid fine not yet before the court a month before the window closes on {@code dueOn}.
	 */
	public record ExecutionAlert(long proceedingId, String number, Kind kind, LocalDate dueOn,
			java.util.List<Long> recipients, Instant at) {

		/** What the alert is about. */
		public enum Kind {
			/** 送达期限 (《行政处罚法》第六十一条). */
			SERVICE,
			/** 申请法院强制执行的期限 (《行政强制法》第五十三条). */
			COURT_WINDOW
		}
	}

	/** A benchmark version published by the 法制股 (《行政处罚法》第三十四条). */
	public record BenchmarkPublished(String code, int version, LocalDate validFrom, String by, Instant at) {
	}
}
