package org.chengguan.frontage;

import java.time.Instant;
import java.util.Set;

/** What the frontage module tells the modules above it. */
public final class FrontageEvents {

	private FrontageEvents() {
	}

	/** Someone reported a problem through a unit's 共治码; its squad hears at once. */
	public record FrontageReported(long unitId, String unitCode, long caseId, String caseNumber,
			Set<Long> recipients, Instant at) {

		public FrontageReported {
			recipients = Set.copyOf(recipients);
		}
	}
}
