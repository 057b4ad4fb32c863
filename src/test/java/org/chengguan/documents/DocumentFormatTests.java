package org.chengguan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** How documents write sums and dates. */
class DocumentFormatTests {

	final DocumentFormat fmt = new DocumentFormat(ZoneId.of("Asia/Shanghai"), key -> messages().getMessage(key,
			null, java.util.Locale.SIMPLIFIED_CHINESE));

	static org.springframework.context.support.ResourceBundleMessageSource messages() {
		var messages = new org.springframework.context.support.ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	String capitals(String yuan) {
		return fmt.capitals(new BigDecimal(yuan));
	}

	@Test
	void sumsAreWrittenInCapitalsAsOnAReceipt() {
		assertThat(capitals("3000")).isEqualTo("人民币叁仟元整");
		assertThat(capitals("1500")).isEqualTo("人民币壹仟伍佰元整");
		assertThat(capitals("10500")).isEqualTo("人民币壹万零伍佰元整");
		assertThat(capitals("20005")).isEqualTo("人民币贰万零伍元整");
		assertThat(capitals("1010")).isEqualTo("人民币壹仟零壹拾元整");
		assertThat(capitals("100000")).isEqualTo("人民币壹拾万元整");
		assertThat(capitals("2005000")).isEqualTo("人民币贰佰万伍仟元整");
		assertThat(capitals("100000500")).isEqualTo("人民币壹亿零伍佰元整");
		assertThat(capitals("90")).isEqualTo("人民币玖拾元整");
		assertThat(capitals("99.5")).isEqualTo("人民币玖拾玖元伍角");
		assertThat(capitals("100.05")).isEqualTo("人民币壹佰元零伍分");
		assertThat(capitals("0.3")).isEqualTo("人民币叁角");
		assertThat(capitals("0")).isEqualTo("人民币零元整");
	}

	@Test
	void datesAndTimesAreWrittenInChinese() {
		assertThat(fmt.day(LocalDate.of(2026, 12, 1))).isEqualTo("2026年12月1日");
		// the zone of the bureau: 2026-12-01 16:05 UTC is past midnight in Beijing
		assertThat(fmt.minute(Instant.parse("2026-12-01T16:05:00Z"))).isEqualTo("2026年12月2日0时05分");
		assertThat(fmt.amount(new BigDecimal("3000"))).isEqualTo("3,000.00");
	}
}
