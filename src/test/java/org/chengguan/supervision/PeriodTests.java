package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The periods of the dashboard and what 环比 and 同比 compare them with. */
class PeriodTests {

	@ParameterizedTest(name = "{0} of {1}: [{2}, {3}), 环比 from {4}, 同比 from {5}")
	@CsvSource({
			"DAY,     2026-03-01, 2026-03-01, 2026-03-02, 2026-02-28, 2025-03-01",
			"WEEK,    2026-12-03, 2026-11-30, 2026-12-07, 2026-11-23, 2025-12-01",
			"MONTH,   2026-03-31, 2026-03-01, 2026-04-01, 2026-02-01, 2025-03-01",
			"QUARTER, 2026-11-15, 2026-10-01, 2027-01-01, 2026-07-01, 2025-10-01",
			"YEAR,    2026-07-04, 2026-01-01, 2027-01-01, 2025-01-01, 2025-01-01" })
	void eachKindContainsItsDayAndComparesWithItsNeighbours(Period.Kind kind, LocalDate day, LocalDate from,
			LocalDate to, LocalDate previousFrom, LocalDate yearEarlierFrom) {
		var period = Period.of(kind, day);
		assertThat(period.from()).isEqualTo(from);
		assertThat(period.to()).isEqualTo(to);
		assertThat(period.previous().from()).isEqualTo(previousFrom);
		assertThat(period.previous().to()).isEqualTo(from);
		assertThat(period.yearEarlier().from()).isEqualTo(yearEarlierFrom);
		assertThat(period.yearEarlier().days()).isEqualTo(kind == Period.Kind.WEEK ? 7 : period.yearEarlier().days());
	}

	@Test
	void aRangeIsComparedWithTheSameNumberOfDaysBeforeIt() {
		var range = Period.range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10));
		assertThat(range.days()).isEqualTo(10);
		assertThat(range.last()).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(range.previous()).isEqualTo(Period.range(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 31)));
	}

	@Test
	void aPeriodEndsAfterItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Period.range(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 1)));
	}
}
