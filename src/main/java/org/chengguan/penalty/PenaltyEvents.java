package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;

/** What the penalty module tells others (the audit trail records each). */
public final class PenaltyEvents {

	private PenaltyEvents() {
	}

	/** A benchmark version published by the 法制股 (《行政处罚法》第三十四条). */
	public record BenchmarkPublished(String code, int version, LocalDate validFrom, String by, Instant at) {
	}
}
