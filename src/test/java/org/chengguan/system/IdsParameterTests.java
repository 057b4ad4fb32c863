package org.chengguan.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsParameterTests {

	@Test
	void oneIdIsAScalarParameterThatPostgresqlPlansOnce() {
		assertThat(IdsParameter.anyOf(List.of(7L))).isEqualTo("= ?");
		assertThat(IdsParameter.value(List.of(7L))).isEqualTo(7L);
	}

	@Test
	void severalIdsOrNoneAreAnArray() {
		assertThat(IdsParameter.anyOf(List.of(7L, 9L))).isEqualTo("= any(?)");
		assertThat(IdsParameter.value(List.of(7L, 9L))).isEqualTo(new Long[] { 7L, 9L });
		assertThat(IdsParameter.anyOf(List.of())).isEqualTo("= any(?)");
		assertThat(IdsParameter.value(List.of())).isEqualTo(new Long[0]);
	}
}
