package org.chengguan.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.party.IdType;
import org.chengguan.party.PartyKind;
import org.chengguan.party.PartyView;
import org.chengguan.penalty.CreditFacts;
import org.chengguan.penalty.DiscretionLevel;
import org.chengguan.penalty.Procedure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The law first, then the 法制股's table in order, else 一般; and when 信用修复 becomes possible. */
class CreditClassifierTests {

	static CreditFacts facts(Procedure procedure, @Nullable String code, DiscretionLevel level, boolean harmRemoved,
			String fine) {
		var party = new PartyView(1, PartyKind.PERSON, IdType.RESIDENT_ID, "赵烧烤", "110105198001010012", null, null,
				null, true);
		return new CreditFacts(1, "CF2026000001", procedure, code, level, harmRemoved, new BigDecimal(fine),
				"示城管罚决〔2026〕0001号", LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19), party, "赵**",
				"露天烧烤", "《示范市市容和环境卫生管理条例》第三十条");
	}

	static CreditRule rule(int seq, @Nullable String code, @Nullable DiscretionLevel level, @Nullable Boolean harm,
			@Nullable String minFine, CreditClass classification) {
		return new CreditRule(new CreditRuleForm(seq, code, level, harm, minFine == null ? null : new BigDecimal(minFine),
				classification, "规则 " + seq), "legal", Instant.EPOCH);
	}

	/** The bureau's starting table (V61). */
	static final List<CreditRule> TABLE = List.of(rule(10, null, DiscretionLevel.LIGHT, true, null, CreditClass.EXCLUDED),
			rule(20, null, DiscretionLevel.LIGHT, null, null, CreditClass.MINOR),
			rule(30, null, DiscretionLevel.SERIOUS, null, null, CreditClass.SERIOUS));

	@Test
	void aSimpleProcedureDecisionIsNeverCreditInformationWhateverTheTableSays() {
		var everything = List.of(rule(1, null, null, null, null, CreditClass.SERIOUS));
		var classification = CreditClassifier.classify(facts(Procedure.SIMPLE, null, DiscretionLevel.SERIOUS, false,
				"200"), everything);
		assertThat(classification.classification()).isEqualTo(CreditClass.EXCLUDED);
		assertThat(classification.reason()).isEqualTo(CreditClassifier.Reason.SIMPLE);
	}

	@Test
	void theFirstMatchingRuleDecidesAndNoneMeansGeneral() {
		assertThat(CreditClassifier.classify(facts(Procedure.ORDINARY, "DQ-1", DiscretionLevel.LIGHT, true, "500"),
				TABLE).classification()).isEqualTo(CreditClass.EXCLUDED);
		assertThat(CreditClassifier.classify(facts(Procedure.ORDINARY, "DQ-1", DiscretionLevel.LIGHT, false, "500"),
				TABLE).classification()).isEqualTo(CreditClass.MINOR);
		assertThat(CreditClassifier.classify(facts(Procedure.ORDINARY, "DQ-1", DiscretionLevel.SERIOUS, false, "3000"),
				TABLE).classification()).isEqualTo(CreditClass.SERIOUS);
		var general = CreditClassifier.classify(facts(Procedure.ORDINARY, "DQ-1", DiscretionLevel.GENERAL, false, "1000"),
				TABLE);
		assertThat(general.classification()).isEqualTo(CreditClass.GENERAL);
		assertThat(general.reason()).isEqualTo(CreditClassifier.Reason.DEFAULT);
	}

	@Test
	void aRuleMayNameABenchmarkAndALeastFineAndADisabledRuleNoLongerApplies() {
		var building = rule(5, "WJ-64-01", null, null, "10000", CreditClass.SERIOUS);
		var table = List.of(building, TABLE.get(0), TABLE.get(1), TABLE.get(2));
		assertThat(CreditClassifier.classify(facts(Procedure.ORDINARY, "WJ-64-01", DiscretionLevel.GENERAL, false,
				"10000"), table).classification()).isEqualTo(CreditClass.SERIOUS);
		assertThat(CreditClassifier.classify(facts(Procedure.ORDINARY, "WJ-64-01", DiscretionLevel.GENERAL, false,
				"9999.99"), table).classification()).isEqualTo(CreditClass.GENERAL);
		assertThat(CreditClassifier.classify(facts(Procedure.ORDINARY, "DQ-1", DiscretionLevel.GENERAL, false,
				"20000"), table).classification()).isEqualTo(CreditClass.GENERAL);
		building.disable("legal", Instant.EPOCH);
		assertThat(CreditClassifier.classify(facts(Procedure.ORDINARY, "WJ-64-01", DiscretionLevel.GENERAL, false,
				"10000"), table).classification()).isEqualTo(CreditClass.GENERAL);
	}

	@Test
	void repairBecomesPossibleAfterTheLeastTimePublished() {
		var decided = LocalDate.of(2026, 11, 18);
		assertThat(decided.plus(CreditClass.MINOR.leastPublished())).isEqualTo(decided);
		assertThat(decided.plus(CreditClass.GENERAL.leastPublished())).isEqualTo("2027-02-18");
		assertThat(decided.plus(CreditClass.SERIOUS.leastPublished())).isEqualTo("2027-11-18");
		assertThat(CreditClass.EXCLUDED.leastPublished()).isNull();
	}
}
