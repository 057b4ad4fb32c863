package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.chengguan.party.PartyView;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the credit platform is told of it (domain.md §8.10) and as the 法制股's rule table classifies it: the
 * procedure, the benchmark and the 裁量 level, whether the party removed the harm, the fine; the 文号, the days, the
 * party in full (the platform keys its records on the party's code) and the act.
 */
public record CreditFacts(long proceedingId, String number, Procedure procedure, @Nullable String benchmarkCode,
		@Nullable DiscretionLevel level, boolean harmRemoved, BigDecimal fine, @Nullable String decisionNumber,
		LocalDate decidedOn, @Nullable LocalDate servedOn, PartyView party, String partyShown, String violation,
		String basis) {
}
