package org.chengguan.caseflow;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Open cases per warning level ({@code chengguan.cases.open{level}}), counted once a minute (at city scale a count
 * per scrape would cost more than the scrape is worth).
 */
@Component
class CaseMeters {

	private final JdbcTemplate jdbc;

	private final Map<OverdueLevel, AtomicLong> open = new EnumMap<>(OverdueLevel.class);

	CaseMeters(JdbcTemplate jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		for (var level : OverdueLevel.values()) {
			var count = new AtomicLong();
			open.put(level, count);
			Gauge.builder("chengguan.cases.open", count, AtomicLong::get)
				.description("Open cases at this warning level of their running stages")
				.tag("level", level.name())
				.register(meters);
		}
	}

	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT1M")
	void count() {
		var counted = new EnumMap<OverdueLevel, Long>(OverdueLevel.class);
		jdbc.query("select overdue_level, count(*) from caseflow_case where " + CaseSearch.OPEN
				+ " group by overdue_level", rs -> {
					counted.put(OverdueLevel.valueOf(rs.getString(1)), rs.getLong(2));
				});
		open.forEach((level, count) -> count.set(counted.getOrDefault(level, 0L)));
	}
}
