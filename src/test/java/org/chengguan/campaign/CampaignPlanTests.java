package org.chengguan.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a campaign must have, what it covers, and that no target can be a fine (domain.md §9.4). */
class CampaignPlanTests {

	static final LocalDate START = LocalDate.of(2026, 11, 1);

	static Campaign.Target target(CampaignMetric metric, int value) {
		return new Campaign.Target(1, metric, BigDecimal.valueOf(value), null, null);
	}

	static CampaignPlan plan(List<Campaign.Target> targets) {
		return new CampaignPlan("夜市占道整治", CampaignKind.STREET_VENDING, START, START.plusDays(59), 30, null,
				Set.of("990101001"), Set.of(), Set.of("E09006"), Set.of(7L), targets);
	}

	@Test
	void aPlanWithScopeUnitsAndTargetsIsRecordable() {
		assertThat(plan(List.of(target(CampaignMetric.POINTS_CLEARED_SHARE, 63),
				new Campaign.Target(2, CampaignMetric.COMPLAINT_REDUCTION, BigDecimal.valueOf(60), START.minusYears(1),
						START.minusYears(1).plusDays(59)))).problems()).isEmpty();
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		var bad = new CampaignPlan(" ", CampaignKind.OTHER, START, START.minusDays(1), 3, null, Set.of("99"), Set.of(),
				Set.of(), Set.of(), List.of());
		assertThat(bad.problems()).containsExactly("campaign.error.name", "campaign.error.period",
				"campaign.error.revisit", "campaign.error.region", "campaign.error.units", "campaign.error.targets");
		assertThat(new CampaignPlan("x", CampaignKind.OTHER, START, START, 30, null, Set.of(), Set.of(), Set.of(),
				Set.of(1L), List.of(target(CampaignMetric.INSPECTIONS, 10))).problems())
			.containsExactly("campaign.error.scope");
	}

	@Test
	void targetsAreAboveZeroSharesAtMostAHundredAndAReductionHasItsBasePeriodBeforeTheStart() {
		assertThat(plan(List.of(target(CampaignMetric.STREETS_CLEARED_SHARE, 120))).problems())
			.containsExactly("campaign.error.targetValue");
		assertThat(plan(List.of(target(CampaignMetric.INSPECTIONS, 0))).problems())
			.containsExactly("campaign.error.targetValue");
		// 2,000 inspections is a count, not a share
		assertThat(plan(List.of(target(CampaignMetric.INSPECTIONS, 2000))).problems()).isEmpty();
		assertThat(plan(List.of(target(CampaignMetric.COMPLAINT_REDUCTION, 60))).problems())
			.containsExactly("campaign.error.targetBase");
		assertThat(plan(List.of(new Campaign.Target(1, CampaignMetric.COMPLAINT_REDUCTION, BigDecimal.TEN, START,
				START.plusDays(5)))).problems()).containsExactly("campaign.error.targetBase");
		assertThat(plan(List.of(new Campaign.Target(1, CampaignMetric.INSPECTIONS, BigDecimal.TEN, START.minusYears(1),
				START.minusDays(300)))).problems()).containsExactly("campaign.error.targetBase");
		assertThat(plan(List.of(target(CampaignMetric.CASES_CLOSED, 10), target(CampaignMetric.CASES_CLOSED, 20)))
			.problems()).containsExactly("campaign.error.targetTwice");
	}

	@Test
	void noTargetMeasuresMoney() {
		// 《行政处罚法》第七十四条: no fine quota can be configured — there is no measure of amounts at all
		assertThat(Arrays.stream(CampaignMetric.values()).map(m -> m.name().toLowerCase(Locale.ROOT)))
			.noneMatch(n -> n.contains("fine") || n.contains("amount") || n.contains("money") || n.contains("yuan"));
	}

	@Test
	void aCampaignCoversItsDaysCategoriesRegionsAndRoads() {
		var campaign = new Campaign("ZX2026-001", new CampaignPlan("夜市占道整治", CampaignKind.STREET_VENDING, START,
				START.plusDays(59), 30, null, Set.of("990101001"), Set.of(5L), Set.of("E09006", "E09005"), Set.of(7L),
				List.of(target(CampaignMetric.INSPECTIONS, 100))), "supervisor", java.time.Instant.EPOCH);
		var inStreet = "990101001003012";
		assertThat(campaign.covers(START, "E09006", inStreet, null)).isTrue();
		assertThat(campaign.covers(START.plusDays(59), "E09005", inStreet, null)).isTrue();
		assertThat(campaign.covers(START.minusDays(1), "E09006", inStreet, null)).isFalse();
		assertThat(campaign.covers(START.plusDays(60), "E09006", inStreet, null)).isFalse();
		assertThat(campaign.covers(START, "E06029", inStreet, null)).isFalse();
		assertThat(campaign.covers(START, "E09006", "990101002003012", null)).isFalse();
		// on one of its road segments, wherever the grid
		assertThat(campaign.covers(START, "E09006", "990101002003012", 5L)).isTrue();
		assertThat(campaign.covers(START, "E09006", null, 6L)).isFalse();
		assertThat(campaign.phaseOn(START.minusDays(1))).isEqualTo(Campaign.Phase.PLANNED);
		assertThat(campaign.phaseOn(START.plusDays(59))).isEqualTo(Campaign.Phase.RUNNING);
		assertThat(campaign.phaseOn(START.plusDays(89))).isEqualTo(Campaign.Phase.REVISIT);
		assertThat(campaign.phaseOn(START.plusDays(90))).isEqualTo(Campaign.Phase.ENDED);
	}
}
