package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestCases;
import org.chengguan.intake.IntakeManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14 §1: the supervision feed's statement, read for every case an intake request opens, is planned once per
 * connection and not on each call, and leaves the transaction's plan setting as it found it.
 */
@ChengguanIntegrationTest
class CaseFactPlanTests {

	@Autowired
	CaseFactManagement facts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeManagement intake;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theFactStatementRunsOnItsGenericPlanFromItsFirstPreparedCall() {
		var caseId = TestCases.barbecueOnPatrol(jdbc, intake, "officer01", "夜市路口露天烧烤");
		var plans = new TransactionTemplate(transactions).execute(tx -> {
			for (var i = 0; i < 12; i++) {
				assertThat(facts.of(Set.of(caseId))).extracting(CaseFact::caseId).containsExactly(caseId);
			}
			assertThat(facts.of(List.of(caseId, caseId + 1_000_000))).extracting(CaseFact::caseId)
				.containsExactly(caseId);
			assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
			return jdbc.queryForMap("""
					select coalesce(sum(generic_plans), 0) generic, coalesce(sum(custom_plans), 0) custom
					from pg_prepared_statements where statement like '%from caseflow_transition where case_id%'""");
		});
		// PostgreSQL's own choice would be five custom plans first on each named statement (and, as the tables grow,
		// custom plans on most calls); the driver prepares a statement by name from its fifth call on.
		assertThat(((Number) plans.get("custom")).longValue()).isZero();
		assertThat(((Number) plans.get("generic")).longValue()).isGreaterThanOrEqualTo(8);
	}
}
