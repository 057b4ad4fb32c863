package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalBasisTests {

	@ParameterizedTest
	@CsvSource({ "1, 一", "10, 十", "11, 十一", "20, 二十", "36, 三十六", "64, 六十四", "100, 一百", "101, 一百零一",
			"110, 一百一十", "111, 一百一十一", "118, 一百一十八", "1010, 一千零一十" })
	void articleNumbersReadAsStatutesWriteThem(int number, String text) {
		assertThat(ChineseNumerals.of(number)).isEqualTo(text);
	}

	@Test
	void aProvisionIsCitedDownToItsItem() {
		assertThat(new LegalBasis("《中华人民共和国固体废物污染环境防治法》", 111, 1, 4).text())
			.isEqualTo("《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（四）项");
		assertThat(new LegalBasis("《中华人民共和国城乡规划法》", 64, null, null).text())
			.isEqualTo("《中华人民共和国城乡规划法》第六十四条");
	}
}
