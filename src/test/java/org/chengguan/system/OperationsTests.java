package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the city's IT department reads: health with the database (status for anyone, details for operations),
 * liveness and readiness, the build, and Prometheus metrics with the bureau's own meters — for operations staff only.
 */
@ChengguanIntegrationTest
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void probesAndStatusAreOpenAndDetailsAreForOperations() throws Exception {
		assertThat(body(get("/actuator/health"))).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
		assertThat(body(get("/actuator/health/liveness"))).contains("UP");
		assertThat(body(get("/actuator/health/readiness"))).contains("UP");
		assertThat(body(get("/actuator/health").with(as(users, "ops")))).contains("\"db\"").contains("PostgreSQL");
		assertThat(body(get("/actuator/info").with(as(users, "ops")))).contains("\"build\"").contains("chengguan");
	}

	@Test
	void metricsAreForOperationsStaffOnlyAndCarryTheBureausMeters() throws Exception {
		new CaseSteps(mvc, jdbc, users).pushOrder("指标测试");
		mvc.perform(get("/actuator/prometheus").with(as(users, "intake"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		var metrics = body(get("/actuator/prometheus").with(as(users, "ops")));
		assertThat(metrics).contains("chengguan_intake_reports_total{channel=\"HOTLINE_12345\"")
			.contains("chengguan_hotline_outbox_backlog")
			.contains("chengguan_hotline_outbox_oldest_age_seconds")
			.contains("chengguan_cases_open{level=\"NORMAL\"")
			.contains("chengguan_audit_chain_intact")
			.contains("hikaricp_connections");
	}
}
