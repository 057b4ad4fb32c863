package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** GeoReport times are xs:dateTime: a time on the whole minute keeps its seconds (the XSD refuses "21:53+08:00"). */
class DateTimeFormatTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aTimeOnTheMinuteKeepsItsSeconds() {
		assertThat(ServiceRequests.format(Instant.parse("2026-12-01T13:53:00Z"), SHANGHAI))
			.isEqualTo("2026-12-01T21:53:00+08:00");
		assertThat(ServiceRequests.format(Instant.parse("2026-12-01T13:53:07.456Z"), SHANGHAI))
			.isEqualTo("2026-12-01T21:53:07+08:00");
	}
}
