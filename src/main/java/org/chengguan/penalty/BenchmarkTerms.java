package org.chengguan.penalty;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything a version of a benchmark entry says, as the 法制股 writes it. */
public record BenchmarkTerms(String name, BenchmarkDomain domain, LegalBasis qualifyingBasis, LegalBasis penaltyBasis,
		RangeUnit rangeUnit, @Nullable String unitLabel, BigDecimal statutoryMin, BigDecimal statutoryMax,
		PartyScope partyScope, @Nullable String preconditions, @Nullable String extraMeasures,
		boolean firstOffenceEligible, @Nullable String exemptionConditions, boolean major, @Nullable String note,
		List<Band> bands) {

	/** One 裁量阶次 with its 适用条件 and fine band. */
	public record Band(DiscretionLevel level, String conditions, BigDecimal fineMin, BigDecimal fineMax,
			@Nullable String extraMeasures) {
	}
}
