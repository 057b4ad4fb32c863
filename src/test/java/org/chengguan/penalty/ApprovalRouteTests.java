package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.penalty.ApprovalLevel.COLLECTIVE_DISCUSSION;
import static org.chengguan.penalty.ApprovalLevel.DEPUTY_APPROVAL;
import static org.chengguan.penalty.ApprovalLevel.DEPUTY_SIGN_OFF;
import static org.chengguan.penalty.ApprovalLevel.LEGAL_REVIEW;
import static org.chengguan.penalty.ApprovalLevel.SQUAD_FILING;
import static org.chengguan.penalty.ApprovalLevel.SQUAD_REVIEW;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chengguan.party.PartyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts → route, for every trigger of every tier (domain.md §8.16) and both sides of each threshold. */
class ApprovalRouteTests {

	static final ApprovalThresholds DEFAULTS = new ApprovalThresholds("2026-01", new BigDecimal("5000"),
			new BigDecimal("50000"), true, false, new BigDecimal("2000"), new BigDecimal("20000"), new BigDecimal("50000"),
			false);

	static Set<PenaltyMeasure> measures(String text) {
		return text.isBlank() ? Set.of()
				: EnumSet.copyOf(Arrays.stream(text.split(";")).map(PenaltyMeasure::valueOf).toList());
	}

	static Set<MajorFlag> flags(String text) {
		return text.isBlank() ? Set.of() : EnumSet.copyOf(Arrays.stream(text.split(";")).map(MajorFlag::valueOf).toList());
	}

	@ParameterizedTest(name = "{0} {1} {2} yuan, confiscation {3}, measures [{4}], heard {5}, mitigated {6}, "
			+ "benchmark major {7}, flags [{8}] → {9}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			SIMPLE   | PERSON       |     200 |     0 |                  | false | false | false |                 | T1
			SIMPLE   | ORGANISATION |    3000 |     0 |                  | false | false | false |                 | T1
			ORDINARY | PERSON       |    1999 |     0 |                  | false | false | false |                 | T2
			ORDINARY | PERSON       |    2000 |     0 |                  | false | false | false |                 | T3
			ORDINARY | PERSON       |    4999 |     0 |                  | false | false | false |                 | T3
			ORDINARY | PERSON       |    5000 |     0 |                  | false | false | false |                 | T4
			ORDINARY | ORGANISATION |   19999 |     0 |                  | false | false | false |                 | T2
			ORDINARY | ORGANISATION |   20000 |     0 |                  | false | false | false |                 | T3
			ORDINARY | ORGANISATION |   49999 |     0 |                  | false | false | false |                 | T3
			ORDINARY | ORGANISATION |   50000 |     0 |                  | false | false | false |                 | T4
			ORDINARY | PERSON       |       0 |     0 |                  | false | false | false |                 | T2
			ORDINARY | PERSON       |     500 | 49999 | CONFISCATION     | false | false | false |                 | T2
			ORDINARY | PERSON       |     500 | 50000 | CONFISCATION     | false | false | false |                 | T4
			ORDINARY | ORGANISATION |    5000 |     0 | SUSPEND_BUSINESS | false | false | false |                 | T4
			ORDINARY | ORGANISATION |       0 |     0 | CLOSE            | false | false | false |                 | T4
			ORDINARY | ORGANISATION |       0 |     0 | REVOKE_LICENCE   | false | false | false |                 | T4
			ORDINARY | PERSON       |       0 |     0 | DEMOLITION       | false | false | false |                 | T4
			ORDINARY | PERSON       |       0 |     0 | SUBSTITUTE_PERFORMANCE | false | false | false |           | T4
			ORDINARY | PERSON       |    1000 |     0 |                  | true  | false | false |                 | T4
			ORDINARY | PERSON       |     300 |     0 |                  | false | true  | false |                 | T4
			ORDINARY | PERSON       |    1000 |     0 |                  | false | false | true  |                 | T4
			ORDINARY | PERSON       |    1000 |     0 |                  | false | false | false | PUBLIC_INTEREST | T4
			ORDINARY | PERSON       |    1000 |     0 |                  | false | false | false | PUBLIC_CONCERN  | T4
			ORDINARY | PERSON       |    1000 |     0 |                  | false | false | false | COMPLEX         | T4
			ORDINARY | PERSON       |    1000 |     0 |                  | false | false | false | MULTIPLE_RELATIONS | T4
			""")
	void routesEachCaseToItsTier(Procedure procedure, PartyKind party, BigDecimal fine, BigDecimal confiscation,
			String measures, boolean heard, boolean mitigated, boolean benchmarkMajor, String flags, ApprovalTier tier) {
		var facts = new ProceedingFacts(procedure, party, fine, confiscation, measures(measures == null ? "" : measures),
				heard, mitigated, benchmarkMajor, flags(flags == null ? "" : flags));
		var route = ApprovalRoute.of(facts, DEFAULTS);
		assertThat(route.tier()).isEqualTo(tier);
		assertThat(route.thresholdsVersion()).isEqualTo("2026-01");
	}

	@Test
	void eachTierHasItsChain() {
		var small = facts(new BigDecimal("500"));
		assertThat(ApprovalRoute.of(simple(), DEFAULTS).reviews()).containsExactly(SQUAD_FILING);
		assertThat(ApprovalRoute.of(small, DEFAULTS).reviews()).containsExactly(SQUAD_REVIEW, LEGAL_REVIEW,
				DEPUTY_SIGN_OFF);
		var t3 = ApprovalRoute.of(facts(new BigDecimal("3000")), DEFAULTS);
		assertThat(t3.reviews()).containsExactly(SQUAD_REVIEW, LEGAL_REVIEW, DEPUTY_APPROVAL);
		assertThat(t3.afterNotice()).isEmpty();
		assertThat(t3.signer()).isEqualTo(DEPUTY_APPROVAL);
		var t4 = ApprovalRoute.of(facts(new BigDecimal("8000")), DEFAULTS);
		assertThat(t4.reviews()).containsExactly(SQUAD_REVIEW, LEGAL_REVIEW, DEPUTY_APPROVAL);
		assertThat(t4.afterNotice()).containsExactly(COLLECTIVE_DISCUSSION);
		assertThat(t4.signer()).isEqualTo(COLLECTIVE_DISCUSSION);
	}

	@Test
	void theFinalOrdinarySignatureIsAPrincipalsUnlessABureauDelegatedT2() {
		// 《行政处罚法》第五十七条第一款：普通程序由行政机关负责人作出决定
		for (var fine : List.of("0", "1999", "2000", "4999", "5000")) {
			assertThat(ApprovalRoute.of(facts(new BigDecimal(fine)), DEFAULTS).signer().principal()).as(fine).isTrue();
		}
		var delegating = new ApprovalThresholds("2026-01-delegation", new BigDecimal("5000"), new BigDecimal("50000"),
				true, true, new BigDecimal("2000"), new BigDecimal("20000"), new BigDecimal("50000"), true);
		var t2 = ApprovalRoute.of(facts(new BigDecimal("500")), delegating);
		assertThat(t2.delegated()).isTrue();
		assertThat(t2.signer()).isEqualTo(LEGAL_REVIEW);
		assertThat(ApprovalRoute.of(facts(new BigDecimal("3000")), delegating).signer()).isEqualTo(DEPUTY_APPROVAL);
	}

	@Test
	void anExclusiveHearingThresholdMovesTheBoundary() {
		var exclusive = new ApprovalThresholds("2026-02", new BigDecimal("5000"), new BigDecimal("50000"), false, true,
				new BigDecimal("2000"), new BigDecimal("20000"), new BigDecimal("50000"), false);
		assertThat(ApprovalRoute.of(facts(new BigDecimal("5000")), exclusive).tier()).isEqualTo(ApprovalTier.T3);
		assertThat(ApprovalRoute.of(facts(new BigDecimal("5000.01")), exclusive).tier()).isEqualTo(ApprovalTier.T4);
		assertThat(exclusive.hearingEligible(facts(new BigDecimal("5000")))).isFalse();
		assertThat(DEFAULTS.hearingEligible(facts(new BigDecimal("5000")))).isTrue();
	}

	static ProceedingFacts facts(BigDecimal fine) {
		return new ProceedingFacts(Procedure.ORDINARY, PartyKind.PERSON, fine, BigDecimal.ZERO, Set.of(), false, false,
				false, Set.of());
	}

	static ProceedingFacts simple() {
		return new ProceedingFacts(Procedure.SIMPLE, PartyKind.PERSON, new BigDecimal("100"), BigDecimal.ZERO, Set.of(),
				false, false, false, Set.of());
	}
}
