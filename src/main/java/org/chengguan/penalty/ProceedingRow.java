package org.chengguan.penalty;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A proceeding as a desk lists it: where it stands, whose turn it is, the nearest due day and the days left of the 90
 * (《行政处罚法》第六十条).
 */
public record ProceedingRow(long id, String number, Procedure procedure, ProceedingStatus status,
		@Nullable ApprovalTier tier, @Nullable ApprovalLevel level, String partyName, String facts, String handlerName,
		@Nullable PeriodKind nextKind, @Nullable LocalDate nextDue, @Nullable LocalDate decisionDue,
		@Nullable Long daysLeft) {

	/** Whether the nearest period has run out. */
	public boolean overdue(LocalDate today) {
		return nextDue != null && today.isAfter(nextDue);
	}
}
