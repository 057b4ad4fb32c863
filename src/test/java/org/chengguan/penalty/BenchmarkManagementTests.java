package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.staff.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The seeded benchmarks and their revision by the 法制股, on the real database. */
@ChengguanIntegrationTest
class BenchmarkManagementTests {

	static final Actor LEGAL = new Actor(1, "legal", "法制股");

	@Autowired
	BenchmarkManagement benchmarks;

	@Test
	void theExamplesOfTheDomainAreSeededWithTheirBands() {
		var valid = benchmarks.validOn(LocalDate.of(2026, 6, 1));
		assertThat(valid).extracting(BenchmarkEntry::getCode)
			.contains("GH-064-01", "GH-064-02", "DQ-118-03", "DQ-118-01", "DQ-116-01", "GF-111-04", "SR-036-02",
					"SR-036-01", "ZS-082-G", "DL-042-01");
		var barbecue = valid.stream().filter(e -> e.getCode().equals("DQ-118-03")).findFirst().orElseThrow();
		assertThat(barbecue.getPenaltyBasis().text()).isEqualTo("《中华人民共和国大气污染防治法》第一百一十八条第三款");
		assertThat(barbecue.getLevels()).extracting(BenchmarkLevel::getLevel)
			.containsExactly(DiscretionLevel.GENERAL, DiscretionLevel.SERIOUS, DiscretionLevel.SEVERE);
		assertThat(barbecue.isFirstOffenceEligible()).isTrue();
		assertThat(valid.stream().filter(e -> e.getCode().startsWith("GH-064"))).allMatch(BenchmarkEntry::isMajor);
		// every seeded version passes the checks a revision by the 法制股 passes
		valid.forEach(e -> BenchmarkEntry.of(e.getCode(), e.getVersion(), e.terms(), e.getValidFrom(), "test",
				java.time.Instant.EPOCH));
	}

	@Test
	void theLegalSectionRevisesAnEntryAndTheOldVersionStaysAsItWas() {
		var code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		var first = TestLogins.withAuthorities(() -> benchmarks.create(code, BenchmarkEntryTests.barbecue(
				List.of(BenchmarkEntryTests.band(DiscretionLevel.GENERAL, 500, 2000))), LocalDate.of(2026, 1, 1), LEGAL),
				"penalty:approve:legal");
		var second = TestLogins.withAuthorities(() -> benchmarks.revise(code, BenchmarkEntryTests.barbecue(
				List.of(BenchmarkEntryTests.band(DiscretionLevel.GENERAL, 800, 3000))), LocalDate.of(2026, 9, 1), LEGAL),
				"penalty:approve:legal");
		assertThat(second.getVersion()).isEqualTo(2);
		var old = benchmarks.find(first.getId()).orElseThrow();
		assertThat(old.getValidTo()).isEqualTo(LocalDate.of(2026, 8, 31));
		assertThat(old.level(DiscretionLevel.GENERAL).orElseThrow().getFineMax())
			.isEqualByComparingTo(new BigDecimal("2000"));
		assertThat(benchmarks.validOn(LocalDate.of(2026, 9, 1))).extracting(BenchmarkEntry::getId)
			.contains(second.getId())
			.doesNotContain(first.getId());
	}

	@Test
	void onlyTheLegalSectionKeepsTheBenchmarks() {
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> benchmarks.create("T-NOPE", BenchmarkEntryTests
			.barbecue(List.of(BenchmarkEntryTests.band(DiscretionLevel.GENERAL, 500, 2000))), LocalDate.of(2026, 1, 1),
				LEGAL), "penalty:handle")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> benchmarks.create("GH-064-01", BenchmarkEntryTests
			.barbecue(List.of(BenchmarkEntryTests.band(DiscretionLevel.GENERAL, 500, 2000))), LocalDate.of(2026, 1, 1),
				LEGAL), "penalty:approve:legal")).hasMessage("penalty.benchmark.error.codeTaken");
	}
}
