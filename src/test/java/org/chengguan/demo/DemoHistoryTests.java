package org.chengguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo history goes through the real case loop: every step it takes is one a person may take. */
@ChengguanIntegrationTest
class DemoHistoryTests {

	@Autowired
	DemoHistory history;

	@Autowired
	DemoPlaces places;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWeekOfHistoryIsTakenThroughTheLoopWithoutARefusedStep() {
		var before = jdbc.queryForObject("select count(*) from caseflow_case where status = 'CLOSED'", Long.class);

		var written = history.write(places.all(), java.time.LocalDate.now().minusDays(7), 6, 7L);

		assertThat(history.failures()).isZero();
		assertThat(written).isPositive();
		var closed = jdbc.queryForObject("select count(*) from caseflow_case where status = 'CLOSED'", Long.class);
		assertThat(closed - before).isGreaterThan(written / 2);
		// some came from 12345 callers, were answered and visited by the platform
		assertThat(jdbc.queryForObject("""
				select count(*) from hotline_order where order_no like 'DEMO%' and status = 'VISITED'""", Long.class))
			.isPositive();
	}
}
