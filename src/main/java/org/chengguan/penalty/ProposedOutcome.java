package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The proposal of a 调查终结报告 (or an on-the-spot decision): the outcome and, for a penalty, the benchmark entry
 * and level chosen, the warning, the fine (for a percentage range its base and rate), confiscation, other measures,
 * the Art. 28 correction order, the mitigation reasons and the reasoning; for a transfer the receiving organ.
 */
public record ProposedOutcome(Outcome outcome, @Nullable Long benchmarkId, @Nullable DiscretionLevel level,
		boolean warning, BigDecimal fine, @Nullable BigDecimal fineBase, @Nullable BigDecimal fineRate,
		@Nullable String confiscation, BigDecimal confiscationValue, Set<PenaltyMeasure> measures,
		@Nullable String correctionOrder, @Nullable LocalDate correctionDueOn, Set<Mitigation> mitigation,
		@Nullable String reasons, Set<MajorFlag> flags, @Nullable String transferTo) {

	public ProposedOutcome {
		measures = Set.copyOf(measures);
		mitigation = Set.copyOf(mitigation);
		flags = Set.copyOf(flags);
	}
}
