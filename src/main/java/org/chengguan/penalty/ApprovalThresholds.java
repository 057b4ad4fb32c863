package org.chengguan.penalty;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.chengguan.party.PartyKind;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bureau's thresholds of the approval route, versioned: a submitted proceeding keeps the version it was routed
 * by (domain.md §8.5, §8.16; no public document ties the tiers to amounts, these are the bureau's own).
 *
 * @param version the label of this set, e.g. the bureau's rule that set it ({@code 2026-01})
 * @param hearingPerson 较大数额罚款 for a person (《行政处罚法》第六十三条第一款第（一）项), set by the province
 * @param hearingOrganisation the same for an organisation
 * @param hearingInclusive whether the threshold amount itself is 较大
 * @param confirmed whether the 法制股 has confirmed the province's hearing threshold (until then pages say so)
 * @param legalTierPerson below this a person's fine is a T2 case
 * @param legalTierOrganisation below this an organisation's fine is a T2 case
 * @param largeConfiscation 没收较大数额违法所得、没收较大价值非法财物 (第六十三条第一款第（二）项)
 * @param allowSubPrincipalFinalApproval a written delegation lets T2 end at the 法制股 (default false)
 */
public record ApprovalThresholds(@NotBlank @DefaultValue("2026-01") String version,
		@NotNull @PositiveOrZero @DefaultValue("5000") BigDecimal hearingPerson,
		@NotNull @PositiveOrZero @DefaultValue("50000") BigDecimal hearingOrganisation,
		@DefaultValue("true") boolean hearingInclusive, @DefaultValue("false") boolean confirmed,
		@NotNull @PositiveOrZero @DefaultValue("2000") BigDecimal legalTierPerson,
		@NotNull @PositiveOrZero @DefaultValue("20000") BigDecimal legalTierOrganisation,
		@NotNull @PositiveOrZero @DefaultValue("50000") BigDecimal largeConfiscation,
		@DefaultValue("false") boolean allowSubPrincipalFinalApproval) {

	/** 较大数额罚款 for this party. */
	boolean largeFine(BigDecimal fine, PartyKind party) {
		var threshold = party == PartyKind.PERSON ? hearingPerson : hearingOrganisation;
		var compared = fine.compareTo(threshold);
		return hearingInclusive ? compared >= 0 : compared > 0;
	}

	/** 《行政处罚法》第六十三条：较大数额罚款、没收较大数额违法所得或较大价值非法财物、暂扣吊销、停产停业、关闭等 → 听证. */
	boolean hearingEligible(ProceedingFacts facts) {
		return facts.procedure() == Procedure.ORDINARY && (largeFine(facts.fine(), facts.partyKind())
				|| facts.confiscationValue().compareTo(largeConfiscation) >= 0
				|| facts.measures().stream().anyMatch(PenaltyMeasure::heavy));
	}

	boolean smallFine(BigDecimal fine, PartyKind party) {
		return fine.compareTo(party == PartyKind.PERSON ? legalTierPerson : legalTierOrganisation) < 0;
	}
}
