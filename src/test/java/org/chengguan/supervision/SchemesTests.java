package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.chengguan.ChengguanJpaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The seeded schemes read back as the ones of domain.md §9.2 that ScoringSchemeTests scores. */
@ChengguanJpaTest
@Import(Schemes.class)
class SchemesTests {

	@Autowired
	Schemes schemes;

	@Test
	void theSeededSchemesAreJinniuAndOnTimeCloseTimesSixty() {
		assertThat(schemes.get("JINNIU", 1)).contains(ScoringSchemeTests.JINNIU);
		assertThat(schemes.get("ON-TIME-60", 1)).contains(ScoringSchemeTests.ON_TIME_CLOSE_60);
		assertThat(schemes.inForce(LocalDate.of(2026, 12, 1))).extracting(ScoringScheme::code)
			.containsExactly("JINNIU", "ON-TIME-60");
		assertThat(schemes.inForce(LocalDate.of(2019, 12, 31))).isEmpty();
	}
}
