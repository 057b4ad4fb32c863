package org.chengguan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

@ChengguanIntegrationTest
class ChengguanApplicationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startsOnPostgresWithEveryMigrationApplied() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 18");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
				Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from staff_org_unit where type = 'BUREAU'", Integer.class))
			.isEqualTo(1);
	}
}
