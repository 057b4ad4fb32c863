package org.chengguan.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;

import org.chengguan.party.PartyKind;

/** The legal guards on what a proceeding proposes and decides (domain.md §8.14), each citing its article. */
final class ProceedingRules {

	static final BigDecimal SIMPLE_PERSON = new BigDecimal("200");

	static final BigDecimal SIMPLE_ORGANISATION = new BigDecimal("3000");

	static final BigDecimal CASH_ON_SPOT = new BigDecimal("100");

	private ProceedingRules() {
	}

	/**
	 * 《行政处罚法》第五十一条：违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告
	 * 的行政处罚的，可以当场作出行政处罚决定; 第六十八条: cash on the spot only for ≤ 100 yuan or where collecting later
	 * would be hard.
	 */
	static void checkOnSite(OnSiteDecision decision, PartyKind party) {
		// 《行政处罚法》第四十四条：作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据和陈述申辩权利
		if (!decision.informed()) {
			throw new PenaltyTransitionException("penalty.guard.art44OnSite");
		}
		// 《行政处罚法》第四十五条：当事人有权进行陈述和申辩，行政机关必须充分听取当事人的意见
		if (decision.statement().isBlank()) {
			throw new PenaltyTransitionException("penalty.guard.art45OnSite");
		}
		checkOnSite(decision.penalty(), party, decision.cash(), decision.hardToCollect());
		// 《行政处罚法》第七十条：当场收缴罚款的，必须向当事人出具财政部门统一制发的专用票据
		var receipt = decision.cashReceipt();
		if (decision.cash() && (receipt == null || !receipt.strip().matches("[A-Za-z0-9\\-]{4,30}"))) {
			throw new PenaltyTransitionException("penalty.guard.art70");
		}
		if (!decision.cash() && receipt != null) {
			throw new PenaltyTransitionException("penalty.guard.art70NoCash");
		}
	}

	private static void checkOnSite(ProposedOutcome proposed, PartyKind party, boolean cash, boolean hardToCollect) {
		var limit = party == PartyKind.PERSON ? SIMPLE_PERSON : SIMPLE_ORGANISATION;
		if (proposed.outcome() != Outcome.PENALTY || !proposed.measures().isEmpty()
				|| proposed.confiscation() != null && !proposed.confiscation().isBlank()
				|| proposed.fine().compareTo(limit) > 0 || proposed.fine().signum() == 0 && !proposed.warning()) {
			throw new PenaltyTransitionException("penalty.guard.art51");
		}
		if (cash && (proposed.fine().signum() == 0
				|| proposed.fine().compareTo(CASH_ON_SPOT) > 0 && !hardToCollect)) {
			throw new PenaltyTransitionException("penalty.guard.art68");
		}
		requireCorrectionOrder(proposed);
	}

	/** The proposal of a 调查终结报告 against the benchmark and the party's circumstances. */
	static void checkProposal(ProposedOutcome proposed, Assessment assessment) {
		var age = assessment.ageAtAct();
		// 《行政处罚法》第三十条：不满十四周岁的未成年人有违法行为的，不予行政处罚
		if (age != null && age < 14 && proposed.outcome() != Outcome.NO_PENALTY_NO_CAPACITY) {
			throw new PenaltyTransitionException("penalty.guard.art30Under14");
		}
		switch (proposed.outcome()) {
			case PENALTY -> checkPenalty(proposed, assessment);
			// 《行政处罚法》第三十三条第一款：初次违法且危害后果轻微并及时改正的，可以不予行政处罚
			case NO_PENALTY_FIRST_OFFENCE -> {
				var benchmark = assessment.benchmark();
				if (benchmark == null || !benchmark.isFirstOffenceEligible() || assessment.priorOffences() > 0) {
					throw new PenaltyTransitionException("penalty.guard.art33FirstOffence");
				}
			}
			case TRANSFER -> {
				if (proposed.transferTo() == null || proposed.transferTo().isBlank()) {
					throw new PenaltyTransitionException("penalty.error.transferTo");
				}
			}
			default -> {
			}
		}
	}

	private static void checkPenalty(ProposedOutcome proposed, Assessment assessment) {
		var benchmark = assessment.benchmark();
		if (benchmark == null || proposed.level() == null) {
			throw new PenaltyTransitionException("penalty.error.benchmarkRequired");
		}
		if (proposed.fine().signum() == 0 && !proposed.warning() && proposed.measures().isEmpty()) {
			throw new PenaltyTransitionException("penalty.error.noSanction");
		}
		var age = assessment.ageAtAct();
		// 《行政处罚法》第三十条：已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚
		if (age != null && age < 18 && (!proposed.mitigation().contains(Mitigation.MINOR)
				|| !EnumSet.of(DiscretionLevel.LIGHT, DiscretionLevel.MITIGATED).contains(proposed.level()))) {
			throw new PenaltyTransitionException("penalty.guard.art30Minor");
		}
		// 《行政处罚法》第五条第二款：设定和实施行政处罚……与违法行为的事实、性质、情节以及社会危害程度相当。The same frontage
		// again within 12 months is 较重 under the bands (domain.md §8.18): a lighter level needs its reasons stated.
		if (assessment.frontageRepeats() >= 2 && proposed.level().compareTo(DiscretionLevel.SERIOUS) < 0
				&& (proposed.reasons() == null || proposed.reasons().isBlank())) {
			throw new PenaltyTransitionException("penalty.guard.frontageRepeat");
		}
		var amount = amountInUnit(proposed, benchmark);
		benchmark.problemWith(proposed.level(), amount, assessment.partyKind(), !proposed.mitigation().isEmpty())
			.ifPresent(key -> {
				throw new PenaltyTransitionException(key);
			});
		requireCorrectionOrder(proposed);
	}

	/** The amount the band is stated in: yuan, or for a percentage range the rate, checked against base × rate. */
	private static BigDecimal amountInUnit(ProposedOutcome proposed, BenchmarkEntry benchmark) {
		if (benchmark.getRangeUnit() != RangeUnit.PCT_COST) {
			return proposed.fine();
		}
		var base = proposed.fineBase();
		var rate = proposed.fineRate();
		if (base == null || rate == null || base.signum() <= 0) {
			throw new PenaltyTransitionException("penalty.error.fineBase");
		}
		var expected = base.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		if (expected.compareTo(proposed.fine()) != 0) {
			throw new PenaltyTransitionException("penalty.error.fineRate");
		}
		return rate;
	}

	/** 《行政处罚法》第二十八条第一款：行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为. */
	static void requireCorrectionOrder(ProposedOutcome proposed) {
		if (proposed.correctionOrder() == null || proposed.correctionOrder().isBlank()) {
			throw new PenaltyTransitionException("penalty.guard.art28");
		}
	}

	/** 《行政处罚法》第二十九条：对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚. */
	static void checkNotFinedTwice(Assessment assessment, BigDecimal fine) {
		if (assessment.alreadyFined() && fine.signum() > 0) {
			throw new PenaltyTransitionException("penalty.guard.art29");
		}
	}
}
