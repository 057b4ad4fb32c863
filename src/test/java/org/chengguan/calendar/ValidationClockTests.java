package org.chengguan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

/** A date of today in Beijing is not "in the future" on a server whose clock runs in UTC. */
class ValidationClockTests {

	record Entered(@PastOrPresent LocalDate on) {
	}

	@Test
	void todayIsTheBureausTodayNotTheServers() {
		// 2026-12-02 00:30 in Beijing, still 2026-12-01 in UTC
		var utc = Clock.fixed(Instant.parse("2026-12-01T16:30:00Z"), ZoneOffset.UTC);
		var properties = new CalendarProperties(ZoneId.of("Asia/Shanghai"), List.of("08:30-12:00"), 60);
		var configuration = Validation.byDefaultProvider().configure();
		new ValidationClock().bureauClock(utc, properties).customize(configuration);
		try (var factory = configuration.buildValidatorFactory()) {
			var validator = factory.getValidator();
			assertThat(validator.validate(new Entered(LocalDate.of(2026, 12, 2)))).isEmpty();
			assertThat(validator.validate(new Entered(LocalDate.of(2026, 12, 3)))).hasSize(1);
		}
	}
}
