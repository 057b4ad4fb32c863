package org.chengguan.calendar;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's idea of "now" ({@code @PastOrPresent} on a date an officer enters) is the bureau's, in its zone:
 * on a server that runs in UTC, today in Beijing begins at 16:00 UTC, and a date of today must not be "in the future"
 * until 08:00.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

	@Bean
	ValidationConfigurationCustomizer bureauClock(Clock clock, CalendarProperties properties) {
		return configuration -> configuration.clockProvider(() -> clock.withZone(properties.zone()));
	}
}
