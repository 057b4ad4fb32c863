package org.chengguan.penalty;

import java.math.BigDecimal;
import java.util.Set;

import org.chengguan.party.PartyKind;

/**
 * What the approval route depends on, as the proceeding states it when it is submitted.
 *
 * @param fine the proposed fine in yuan (zero for none)
 * @param confiscationValue the value of what is to be confiscated, in yuan
 * @param mitigatedBelowMinimum 减轻 below the statutory minimum (《行政处罚法》第三十条、第三十二条)
 * @param benchmarkMajor the benchmark entry is marked major (违法建设)
 */
public record ProceedingFacts(Procedure procedure, PartyKind partyKind, BigDecimal fine, BigDecimal confiscationValue,
		Set<PenaltyMeasure> measures, boolean hearingHeld, boolean mitigatedBelowMinimum, boolean benchmarkMajor,
		Set<MajorFlag> flags) {

	public ProceedingFacts {
		measures = Set.copyOf(measures);
		flags = Set.copyOf(flags);
	}
}
