package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Day counting of domain.md §8.1 on a calendar with the 2026 国庆 holidays and its 调休 Saturday. */
class LegalPeriodsTests {

	static LocalDate lastDay(String start, int length, boolean workingDays) {
		return LegalPeriods.lastDay(LocalDate.parse(start), length, workingDays, Proceedings::working);
	}

	@Test
	void theStartDayIsNotCounted() {
		assertThat(lastDay("2026-11-02", 1, false)).isEqualTo("2026-11-03");
		assertThat(lastDay("2026-11-02", 1, true)).isEqualTo("2026-11-03");
	}

	@Test
	void workingDaysSkipWeekendsAndHolidaysAndCountTheMakeUpSaturday() {
		// 《行政处罚法》第八十五条：“五日”指工作日 — 09-30, 10-08, 10-09, 10-10 (调休), 10-12
		assertThat(lastDay("2026-09-29", 5, true)).isEqualTo("2026-10-12");
		assertThat(lastDay("2026-11-06", 2, true)).isEqualTo("2026-11-10");
	}

	@Test
	void aCalendarDayPeriodThatEndsOnAHolidayEndsOnTheNextWorkingDay() {
		// 09-23 + 10 days = 10-03, a holiday Saturday → 10-08
		assertThat(lastDay("2026-09-23", 10, false)).isEqualTo("2026-10-08");
		// 《行政处罚法》第六十条：九十日 — 2026-11-03 + 90 = 2027-02-01 (a Monday)
		assertThat(lastDay("2026-11-03", 90, false)).isEqualTo("2027-02-01");
	}

	@Test
	void sevenWorkingDaysLieBetweenANoticeAndItsHearing() {
		assertThat(LegalPeriods.workingDaysBetween(LocalDate.parse("2026-11-12"), LocalDate.parse("2026-11-24"),
				Proceedings::working)).isEqualTo(7);
		assertThat(LegalPeriods.workingDaysBetween(LocalDate.parse("2026-11-12"), LocalDate.parse("2026-11-23"),
				Proceedings::working)).isEqualTo(6);
	}
}
