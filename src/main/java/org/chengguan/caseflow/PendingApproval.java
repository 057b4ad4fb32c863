package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A request waiting in the 待审批 inbox: its case, what and since when it asks, who asked and why. */
public record PendingApproval(long caseId, String caseNumber, String summary, PendingRequest kind, Instant since,
		@Nullable LocalDate until, @Nullable Long unitId, @Nullable Instant disposeDueAt, String requestedBy,
		@Nullable String reason) {
}
