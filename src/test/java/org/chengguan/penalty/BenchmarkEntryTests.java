package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.party.PartyKind;
import org.junit.jupiter.api.Test;

/** A benchmark version: bands inside the law's range, a fine inside its band, 减轻 only with a statutory reason. */
class BenchmarkEntryTests {

	static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	/** 露天烧烤: 500 to 20,000 yuan (《大气污染防治法》第一百一十八条第三款). */
	static BenchmarkTerms barbecue(List<BenchmarkTerms.Band> bands) {
		return new BenchmarkTerms("露天烧烤", BenchmarkDomain.ENVIRONMENT,
				new LegalBasis("《中华人民共和国大气污染防治法》", 81, 3, null),
				new LegalBasis("《中华人民共和国大气污染防治法》", 118, 3, null), RangeUnit.YUAN, null, new BigDecimal("500"),
				new BigDecimal("20000"), PartyScope.ANY, null, "没收烧烤工具和违法所得", true, "初次违法，当场停止", false, null,
				bands);
	}

	static BenchmarkTerms.Band band(DiscretionLevel level, int min, int max) {
		return new BenchmarkTerms.Band(level, "条件", BigDecimal.valueOf(min), BigDecimal.valueOf(max), null);
	}

	static BenchmarkEntry entry() {
		return BenchmarkEntry.of("DQ-118-03", 1, barbecue(List.of(band(DiscretionLevel.GENERAL, 500, 2000),
				band(DiscretionLevel.SERIOUS, 2000, 10000), band(DiscretionLevel.SEVERE, 10000, 20000))), FROM, "legal",
				AT);
	}

	@Test
	void aFineMustLieInsideTheChosenBand() {
		var entry = entry();
		assertThat(entry.problemWith(DiscretionLevel.GENERAL, new BigDecimal("1500"), PartyKind.PERSON, false)).isEmpty();
		assertThat(entry.problemWith(DiscretionLevel.GENERAL, new BigDecimal("3000"), PartyKind.PERSON, false))
			.contains("penalty.error.outsideBand");
		assertThat(entry.problemWith(DiscretionLevel.LIGHT, new BigDecimal("500"), PartyKind.PERSON, false))
			.contains("penalty.error.level");
		assertThat(entry.problemWith(DiscretionLevel.SEVERE, new BigDecimal("20001"), PartyKind.PERSON, false))
			.contains("penalty.error.outsideRange");
	}

	@Test
	void mitigationBelowTheStatutoryMinimumNeedsAStatutoryReason() {
		var entry = entry();
		// 《行政处罚法》第三十条、第三十二条：减轻处罚须有法定情形
		assertThat(entry.problemWith(DiscretionLevel.MITIGATED, new BigDecimal("300"), PartyKind.PERSON, false))
			.contains("penalty.error.mitigationReason");
		assertThat(entry.problemWith(DiscretionLevel.MITIGATED, new BigDecimal("300"), PartyKind.PERSON, true)).isEmpty();
		assertThat(entry.problemWith(DiscretionLevel.MITIGATED, new BigDecimal("800"), PartyKind.PERSON, true))
			.contains("penalty.error.mitigatedNotBelow");
	}

	@Test
	void noPenaltyMeansNoFine() {
		assertThat(entry().problemWith(DiscretionLevel.NO_PENALTY, BigDecimal.ZERO, PartyKind.PERSON, false)).isEmpty();
		assertThat(entry().problemWith(DiscretionLevel.NO_PENALTY, BigDecimal.TEN, PartyKind.PERSON, false))
			.contains("penalty.error.noPenaltyAmount");
	}

	@Test
	void anEntryForOrganisationsDoesNotFitAPerson() {
		var terms = barbecue(List.of(band(DiscretionLevel.GENERAL, 500, 2000)));
		var forOrganisations = new BenchmarkTerms(terms.name(), terms.domain(), terms.qualifyingBasis(),
				terms.penaltyBasis(), terms.rangeUnit(), null, terms.statutoryMin(), terms.statutoryMax(),
				PartyScope.ORGANISATION, null, null, false, null, false, null, terms.bands());
		var entry = BenchmarkEntry.of("X-1", 1, forOrganisations, FROM, "legal", AT);
		assertThat(entry.problemWith(DiscretionLevel.GENERAL, new BigDecimal("600"), PartyKind.PERSON, false))
			.contains("penalty.error.benchmarkParty");
	}

	@Test
	void bandsStayInsideTheStatutoryRange() {
		assertThatThrownBy(() -> BenchmarkEntry.of("X-2", 1,
				barbecue(List.of(band(DiscretionLevel.GENERAL, 100, 2000))), FROM, "legal", AT))
			.hasMessage("penalty.benchmark.error.bandOutsideRange");
		assertThatThrownBy(() -> BenchmarkEntry.of("X-3", 1,
				barbecue(List.of(band(DiscretionLevel.SEVERE, 10000, 30000))), FROM, "legal", AT))
			.hasMessage("penalty.benchmark.error.bandOutsideRange");
		assertThatThrownBy(() -> BenchmarkEntry.of("X-4", 1, barbecue(List.of(band(DiscretionLevel.GENERAL, 500, 600),
				band(DiscretionLevel.GENERAL, 600, 700))), FROM, "legal", AT))
			.hasMessage("penalty.benchmark.error.levelTwice");
		assertThatThrownBy(() -> BenchmarkEntry.of("X-5", 1, barbecue(List.of()), FROM, "legal", AT))
			.hasMessage("penalty.benchmark.error.noBand");
	}

	@Test
	void aRevisionIsTheNextVersionAndEndsTheOldOneTheDayBefore() {
		var old = entry();
		var next = old.revise(barbecue(List.of(band(DiscretionLevel.GENERAL, 500, 3000))), LocalDate.of(2026, 7, 1),
				"legal", AT);
		assertThat(next.getVersion()).isEqualTo(2);
		assertThat(old.getValidTo()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(old.isValidOn(LocalDate.of(2026, 6, 30))).isTrue();
		assertThat(old.isValidOn(LocalDate.of(2026, 7, 1))).isFalse();
		assertThat(next.isValidOn(LocalDate.of(2026, 7, 1))).isTrue();
		// the old version still says what it said
		assertThat(old.problemWith(DiscretionLevel.GENERAL, new BigDecimal("2500"), PartyKind.PERSON, false))
			.contains("penalty.error.outsideBand");
		assertThatThrownBy(() -> old.revise(barbecue(List.of(band(DiscretionLevel.GENERAL, 500, 3000))),
				LocalDate.of(2026, 8, 1), "legal", AT)).hasMessage("penalty.benchmark.error.reviseDate");
	}
}
