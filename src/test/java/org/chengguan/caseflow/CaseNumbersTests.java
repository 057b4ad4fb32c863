package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 案卷编号 (domain.md §4.2): {@code AJ yyyyMMdd nnnnnn}, counted per day of receipt from the day's own sequence. */
@ChengguanIntegrationTest
class CaseNumbersTests {

	@Autowired
	CaseNumbers numbers;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void numbersFollowEachOtherWithinTheDayOfReceiptAndStartAgainOnAnother() {
		var now = calendar.now();
		var first = numbers.next(now);
		var second = numbers.next(now);
		var day = LocalDate.ofInstant(now, calendar.zone()).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(first).matches("AJ" + day + "\\d{6}");
		assertThat(Long.parseLong(second.substring(10))).isEqualTo(Long.parseLong(first.substring(10)) + 1);
		var longAgo = now.minus(java.time.Duration.ofDays(20 * 365)); // before any demo history
		var other = LocalDate.ofInstant(longAgo, calendar.zone()).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(numbers.next(longAgo)).isEqualTo("AJ" + other + "000001");
	}
}
