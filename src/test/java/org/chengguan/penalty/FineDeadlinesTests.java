package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The worked example of domain.md §8.12 and the 加处罚款 of §8.8, on the 2024 calendar. */
class FineDeadlinesTests {

	/** 2024 中秋 and 国庆 with their 调休 working days (国办发明电〔2023〕7号). */
	static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 16),
			LocalDate.of(2024, 9, 17), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 3),
			LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 6), LocalDate.of(2024, 10, 7));

	static final Set<LocalDate> MAKEUP = Set.of(LocalDate.of(2024, 9, 14), LocalDate.of(2024, 9, 29),
			LocalDate.of(2024, 10, 12));

	static boolean working(LocalDate day) {
		return MAKEUP.contains(day) || !HOLIDAYS.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
				&& day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	static final FineDeadlines SERVED_MARCH_1 = FineDeadlines.of(LocalDate.of(2024, 3, 1), FineDeadlinesTests::working);

	static final BigDecimal FINE = new BigDecimal("2000");

	@Test
	void theWorkedExampleOfTheDomainNotes() {
		// 15 days end on Saturday 03-16 → Monday 03-18
		assertThat(SERVED_MARCH_1.paymentDue()).isEqualTo("2024-03-18");
		assertThat(SERVED_MARCH_1.reviewDeadline()).isEqualTo("2024-04-30");
		// six months end on Sunday 09-01 → Monday 09-02
		assertThat(SERVED_MARCH_1.suitDeadline()).isEqualTo("2024-09-02");
		assertThat(SERVED_MARCH_1.earliestReminder()).isEqualTo("2024-09-03");
		assertThat(SERVED_MARCH_1.lastFilingDay()).isEqualTo("2024-12-02");
		assertThat(SERVED_MARCH_1.hardAlertFrom()).isEqualTo("2024-11-01");
	}

	@Test
	void theCourtMayBeAskedOnceTenWorkingDaysHavePassedSinceTheReminder() {
		// served Tuesday 09-03: 09-04 … 09-13 and 09-14 (调休 Saturday) are nine working days, 中秋 follows, 09-18 is
		// the tenth
		assertThat(FineDeadlines.earliestFiling(LocalDate.of(2024, 9, 3), FineDeadlinesTests::working))
			.isEqualTo("2024-09-19");
	}

	@Test
	void theSurchargeIsThreePerCentADayFromTheDayAfterTheDueDateAndNeverMoreThanTheFine() {
		assertThat(SERVED_MARCH_1.surcharge(FINE, LocalDate.of(2024, 3, 18), List.of())).isEqualByComparingTo("0");
		assertThat(SERVED_MARCH_1.surcharge(FINE, LocalDate.of(2024, 3, 19), List.of())).isEqualByComparingTo("60");
		// 33 days: 99 %
		assertThat(SERVED_MARCH_1.surcharge(FINE, LocalDate.of(2024, 4, 20), List.of())).isEqualByComparingTo("1980");
		// from the 34th day it is the fine itself
		assertThat(SERVED_MARCH_1.surcharge(FINE, LocalDate.of(2024, 4, 21), List.of())).isEqualByComparingTo("2000");
		assertThat(SERVED_MARCH_1.surcharge(FINE, LocalDate.of(2024, 12, 1), List.of())).isEqualByComparingTo("2000");
	}

	@Test
	void noSurchargeAccruesWhileAReviewOrASuitIsPending() {
		// 复议 pending 03-20 … 03-29: ten days do not count; 03-19 and 03-30 … 04-01 do
		var review = new FineDeadlines.Pending(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 29));
		assertThat(SERVED_MARCH_1.surcharge(FINE, LocalDate.of(2024, 4, 1), List.of(review)))
			.isEqualByComparingTo("240");
		// a pending period before the due date changes nothing
		var early = new FineDeadlines.Pending(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 10));
		assertThat(SERVED_MARCH_1.surcharge(FINE, LocalDate.of(2024, 3, 20), List.of(early)))
			.isEqualByComparingTo("120");
	}

	@Test
	void centsAreRoundedHalfUp() {
		assertThat(SERVED_MARCH_1.surcharge(new BigDecimal("333.33"), LocalDate.of(2024, 3, 19), List.of()))
			.isEqualByComparingTo("10.00");
	}
}
