package org.chengguan.caseflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What the case loop tells the modules above it (hotline, supervision) and the audit trail. */
public final class CaseEvents {

	private CaseEvents() {
	}

	/** Any transition, including the opening {@code REPORT}. */
	public record CaseMoved(long caseId, String caseNo, long reportId, CaseAction action,
			@Nullable CaseStatus from, CaseStatus to, String actor, @Nullable String opinion, Instant at) {
	}
}
