package org.chengguan.penalty;

import java.math.BigDecimal;

import org.chengguan.frontage.FrontageManagement;
import org.chengguan.frontage.FrontageViews;
import org.chengguan.party.PartyKind;
import org.chengguan.party.PartyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the rules of a proceeding need from outside it: the benchmark, the party's kind and age at the act, its earlier
 * offences and fines (《行政处罚法》第二十九条、第三十条、第三十三条), and the facts its approval route is derived from.
 */
@Component
class ProceedingAssessments {

	private final ProceedingRepository proceedings;

	private final BenchmarkRepository benchmarks;

	private final PartyManagement parties;

	private final PenaltyProperties properties;

	private final FrontageManagement frontages;

	ProceedingAssessments(ProceedingRepository proceedings, BenchmarkRepository benchmarks, PartyManagement parties,
			PenaltyProperties properties, FrontageManagement frontages) {
		this.frontages = frontages;
		this.proceedings = proceedings;
		this.benchmarks = benchmarks;
		this.parties = parties;
		this.properties = properties;
	}

	PartyKind partyKind(long partyId) {
		return parties.find(partyId).orElseThrow(() -> new PenaltyTransitionException("penalty.error.party")).kind();
	}

	/** What the rules need from outside the proceeding: benchmark, party, age at the act, earlier offences. */
	Assessment of(PenaltyProceeding proceeding, @Nullable Long benchmarkId) {
		var benchmark = benchmarkId == null ? null
				: benchmarks.findWithLevels(benchmarkId)
					.orElseThrow(() -> new PenaltyTransitionException("penalty.benchmark.error.unknown"));
		var act = proceeding.getAct();
		if (benchmark != null && !benchmark.isValidOn(act.getActStartedOn())) {
			throw new PenaltyTransitionException("penalty.error.benchmarkNotValid");
		}
		var party = act.getPartyId();
		var age = parties.ageAt(party, act.getActStartedOn()).orElse(null);
		var prior = benchmark == null ? 0
				: proceedings.countOffencesSince(party, benchmark.getCode(),
						act.getActStartedOn().minus(properties.firstOffenceWindow()), proceeding.getId(), PenaltyManagement.DECIDED);
		var fined = benchmark != null && proceedings.countFinesFor(party, benchmark.getCode(), act.getActStartedOn(),
				proceeding.getId(), PenaltyManagement.DECIDED, BigDecimal.ZERO) > 0;
		var caseId = act.getSourceCaseId();
		var repeats = caseId == null ? 0 : frontages.ofCase(caseId).map(FrontageViews.Record::repeats).orElse(0);
		return new Assessment(benchmark, partyKind(party), age, (int) prior, fined, repeats);
	}

	ProceedingFacts facts(PenaltyProceeding proceeding) {
		var benchmarkId = proceeding.getProposal().getBenchmarkId();
		var major = benchmarkId != null && benchmarks.findById(benchmarkId).map(BenchmarkEntry::isMajor).orElse(false);
		return proceeding.getProposal()
			.facts(proceeding.getProcedure(), partyKind(proceeding.getAct().getPartyId()),
					proceeding.getNotice().isHeard(), major);
	}

	ApprovalRoute route(PenaltyProceeding proceeding) {
		return ApprovalRoute.of(facts(proceeding), properties.thresholds());
	}
}
