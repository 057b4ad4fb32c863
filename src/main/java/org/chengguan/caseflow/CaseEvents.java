package org.chengguan.caseflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What the case loop tells the modules above it (hotline, supervision) and the audit trail. */
public final class CaseEvents {

	private CaseEvents() {
	}

	/**
	 * Any transition, including the opening {@code REPORT}, with the people it concerns and where the case lies (null
	 * while it is not located).
	 */
	public record CaseMoved(long caseId, String caseNo, long reportId, CaseAction action,
			@Nullable CaseStatus from, CaseStatus to, String actor, @Nullable String opinion, Instant at,
			Parties parties, @Nullable Spot spot) {
	}

	/** Where a case lies and what it is about, after a transition: for the modules that place cases on their maps. */
	public record Spot(double lon, double lat, @Nullable String categoryKey, Instant receivedAt) {
	}

	/**
	 * Whom a transition concerns: who took it (null: a channel or the system), the handling unit and the case's unit
	 * grid after it, the person a field task was sent to, the person whose request it decides, and its place in the
	 * timeline.
	 */
	public record Parties(@Nullable Long actorId, @Nullable Long unitId, @Nullable String unitGridCode,
			@Nullable Long assigneeId, @Nullable Long requesterId, int seq) {
	}

	/**
	 * A running stage reached a higher warning level (§6.6). {@code authority} is what the people who act next in
	 * that stage hold; {@code unitId} the handling unit, once dispatched.
	 */
	public record TimerEscalated(long caseId, String caseNo, String stage, OverdueLevel level, @Nullable Long unitId,
			@Nullable String unitGridCode, String authority, Instant at) {
	}

	/** A 督办 was raised (by a person or the timer job); the unit, or the centre before dispatch, must answer. */
	public record SupervisionRaised(long caseId, String caseNo, long supervisionId, SupervisionLevel level,
			@Nullable Long unitId, @Nullable String unitGridCode, Instant dueAt, Instant at) {
	}
}
