package org.chengguan.hotline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits for the hotline platforms, as Prometheus reads it: the messages not yet taken ({@code
 * chengguan.hotline.outbox.backlog}) and how long the oldest of them has waited, in seconds ({@code
 * chengguan.hotline.outbox.oldest.age}); both read at each scrape from the outbox's own index.
 */
@Component
class OutboxMeters {

	private final JdbcTemplate jdbc;

	OutboxMeters(JdbcTemplate jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		Gauge.builder("chengguan.hotline.outbox.backlog", this, OutboxMeters::backlog)
			.description("Messages owed to hotline platforms and not yet delivered")
			.register(meters);
		Gauge.builder("chengguan.hotline.outbox.oldest.age", this, OutboxMeters::oldestAge)
			.description("Seconds the oldest undelivered message has waited")
			.baseUnit("seconds")
			.register(meters);
	}

	double backlog() {
		return jdbc.queryForObject("select count(*) from hotline_outbox where sent_at is null", Double.class);
	}

	double oldestAge() {
		return jdbc.queryForObject("""
				select coalesce(extract(epoch from now() - min(created_at)), 0) from hotline_outbox
				where sent_at is null""", Double.class);
	}
}
