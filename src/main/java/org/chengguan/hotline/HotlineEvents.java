package org.chengguan.hotline;

import java.time.Instant;

/** What the hotline tells the modules above it (supervision). */
public final class HotlineEvents {

	private HotlineEvents() {
	}

	/** A 回访 result came in for an order of the case (满意率, 解决率); 不满意 also moves the case. */
	public record OrderVisited(long orderId, long caseId, VisitResult result, Instant at) {
	}
}
