package org.chengguan.intake;

import java.time.Instant;

/** What intake tells the audit trail. */
public final class IntakeEvents {

	private IntakeEvents() {
	}

	/** A 受理员 pinned an unlocated report on the map. */
	public record ReportPinned(long reportId, String unitGridCode, String actor, Instant at) {
	}

	/** Someone with {@code case:view-caller} saw a reporter's name and phone in full. */
	public record CallerRevealed(long reportId, String actor, Instant at) {
	}
}
