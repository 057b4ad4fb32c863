package org.chengguan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ChengguanIntegrationTest
class ScheduledVerificationTests {

	@Autowired
	AuditVerification verification;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void nightlyVerificationRunsUnderAClusterLock() {
		verification.nightly();
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'audit-verify'", Long.class))
			.isEqualTo(1);
	}
}
