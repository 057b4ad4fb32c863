package org.chengguan.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest verification of the audit hash chain, whichever instance ran it: {@code chengguan.audit.chain.intact}
 * (1 intact, 0 broken, NaN never verified), the entries it checked and how long ago it ran, in seconds.
 */
@Component
class AuditMeters {

	private static final String LATEST = """
			select %s from audit_verification order by id desc limit 1""";

	private final JdbcTemplate jdbc;

	AuditMeters(JdbcTemplate jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		Gauge.builder("chengguan.audit.chain.intact", this, m -> m.latest("case when intact then 1 else 0 end"))
			.description("1 when the latest verification found the audit chain intact, 0 when broken")
			.register(meters);
		Gauge.builder("chengguan.audit.chain.checked", this, m -> m.latest("checked"))
			.description("Entries the latest verification checked")
			.register(meters);
		Gauge.builder("chengguan.audit.chain.verified.age", this,
				m -> m.latest("extract(epoch from now() - verified_at)"))
			.description("Seconds since the audit chain was last verified")
			.baseUnit("seconds")
			.register(meters);
	}

	private double latest(String expression) {
		var values = jdbc.queryForList(LATEST.formatted(expression), Double.class);
		return values.isEmpty() ? Double.NaN : values.get(0);
	}
}
