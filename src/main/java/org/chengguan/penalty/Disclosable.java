package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A decision as the public may know it (《行政处罚法》第四十八条): its 文号, the party as shown (a person's name masked,
 * an organisation's in full), the act, the penalties and the day decided.
 */
public record Disclosable(long proceedingId, String proceedingNumber, String decisionNumber, String party,
		String violation, boolean warning, BigDecimal fine, @Nullable String confiscation, Set<PenaltyMeasure> measures,
		LocalDate decidedOn) {

	public Disclosable {
		measures = Set.copyOf(measures);
	}
}
