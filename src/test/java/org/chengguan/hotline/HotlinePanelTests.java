package org.chengguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hotline order on the case page: its clocks and messages for whoever sees the case, and the 热线联络员's 退单
 * and 延期 requests through the outbox, within the platform's rules; the platform's approval of a 退单 ends the case.
 */
@ChengguanIntegrationTest
class HotlinePanelTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	CaseSteps steps;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
	}

	long orderId(String orderNo) {
		return jdbc.queryForObject("select id from hotline_order where order_no = ?", Long.class, orderNo);
	}

	@Test
	void theCasePageShowsTheOrderItsClocksAndItsMessages() throws Exception {
		var order = steps.pushOrder("面板展示");
		steps.acceptAndRegister(order.caseId());
		mvc.perform(get("/cases/{id}", order.caseId()).with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("/hotline/cases/" + order.caseId() + "/panel")));
		mvc.perform(get("/hotline/cases/{id}/panel", order.caseId()).with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(order.orderNo())))
			.andExpect(content().string(Matchers.containsString("已签收")))
			.andExpect(content().string(Matchers.containsString("待发送")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("申请退单"))));
		mvc.perform(get("/hotline/cases/{id}/panel", order.caseId()).with(as(users, "hotline")))
			.andExpect(content().string(Matchers.containsString("申请退单")))
			.andExpect(content().string(Matchers.containsString("申请延期")));
		mvc.perform(get("/hotline/cases/{id}/panel", order.caseId()).with(as(users, "squad02")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theLiaisonReturnsAnOrderAndThePlatformsApprovalEndsTheCase() throws Exception {
		var order = steps.pushOrder("退单申请");
		var id = orderId(order.orderNo());
		mvc.perform(post("/hotline/orders/{id}/return", id).with(as(users, "intake")).with(csrf())
			.param("reason", "NOT_OUR_DUTY")
			.param("text", "属园林部门职责"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/hotline/orders/{id}/return", id).with(as(users, "hotline")).with(csrf())
			.param("reason", "NOT_OUR_DUTY")
			.param("text", " "))
			.andExpect(flash().attribute("problem", "hotline.error.requestForm"));
		mvc.perform(post("/hotline/orders/{id}/return", id).with(as(users, "hotline")).with(csrf())
			.param("reason", "NOT_OUR_DUTY")
			.param("text", "依据《城市绿化条例》属园林部门职责"))
			.andExpect(flash().attribute("notice", "hotline.done.return"));
		assertThat(jdbc.queryForObject("select status from hotline_order where id = ?", String.class, id))
			.isEqualTo("RETURN_REQUESTED");
		assertThat(jdbc.queryForObject(
				"select payload from hotline_outbox where order_id = ? and kind = 'RETURN_REQUEST'", String.class, id))
			.contains("\"reasonCode\":\"NOT_OUR_DUTY\"").contains("园林部门");
		mvc.perform(post("/hotline/orders/{id}/return", id).with(as(users, "hotline")).with(csrf())
			.param("reason", "NOT_OUR_DUTY")
			.param("text", "再次申请"))
			.andExpect(flash().attribute("problem", "hotline.error.notReturnable"));

		mvc.perform(post("/api/hotline/work-orders/{no}/decisions", order.orderNo()).header("X-Api-Key", "demo-12345-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"platform": "12345", "request": "RETURN", "decision": "APPROVED",
					 "decidedAt": "2026-12-01T10:00:00+08:00"}"""))
			.andExpect(status().isOk());
		assertThat(steps.stateOf(order.caseId())).isEqualTo("REJECTED");
		assertThat(jdbc.queryForList("select action from caseflow_transition where case_id = ? order by seq",
				String.class, order.caseId())).endsWith("RETURN_APPROVED");
	}

	@Test
	void theLiaisonAsksOnceForMoreTimeWithinThePlatformsLimit() throws Exception {
		var order = steps.pushOrder("延期申请");
		steps.acceptAndRegister(order.caseId());
		var id = orderId(order.orderNo());
		var due = jdbc.queryForObject("select reply_due_at from hotline_order where id = ?", java.sql.Timestamp.class,
				id).toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
		mvc.perform(post("/hotline/orders/{id}/extension", id).with(as(users, "hotline")).with(csrf())
			.param("until", due.plusMonths(2).toString())
			.param("reason", "需协调多个部门"))
			.andExpect(flash().attribute("problem", "hotline.error.extensionUntil"));
		mvc.perform(post("/hotline/orders/{id}/extension", id).with(as(users, "hotline")).with(csrf())
			.param("until", "not-a-date")
			.param("reason", "需协调多个部门"))
			.andExpect(flash().attribute("problem", "hotline.error.requestForm"));
		var asked = due.plusDays(3);
		mvc.perform(post("/hotline/orders/{id}/extension", id).with(as(users, "hotline")).with(csrf())
			.param("until", asked.toString())
			.param("reason", "需协调多个部门"))
			.andExpect(flash().attribute("notice", "hotline.done.extension"));
		assertThat(jdbc.queryForObject("select status from hotline_order where id = ?", String.class, id))
			.isEqualTo("EXTENSION_REQUESTED");
		assertThat(jdbc.queryForObject(
				"select payload from hotline_outbox where order_id = ? and kind = 'EXTENSION_REQUEST'", String.class, id))
			.contains("需协调多个部门").contains("requestedReplyDue");
		mvc.perform(post("/hotline/orders/{id}/extension", id).with(as(users, "hotline")).with(csrf())
			.param("until", asked.toString())
			.param("reason", "再次申请"))
			.andExpect(flash().attribute("problem", "hotline.error.extensionNotNow"));
		mvc.perform(post("/hotline/orders/{id}/extension", 999_999_999L).with(as(users, "hotline")).with(csrf())
			.param("until", LocalDate.now().toString())
			.param("reason", "x"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDesignatedOrderIsNotOfferedForRefusalAndTheLiaisonSeesWhatNeedsAttention() throws Exception {
		var designated = steps.pushOrder("指定办理的工单");
		jdbc.update("update hotline_order set designated = true where order_no = ?", designated.orderNo());
		mvc.perform(get("/cases/{id}", designated.caseId()).with(as(users, "intake")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("action-REJECT_INTAKE"))))
			.andExpect(content().string(Matchers.containsString("action-ACCEPT")));
		jdbc.update("update hotline_order set reply_due_at = now() + interval '1 hour' where order_no = ?",
				designated.orderNo());
		mvc.perform(get("/hotline/approvals").with(as(users, "hotline")))
			.andExpect(content().string(Matchers.containsString(designated.orderNo())));
		mvc.perform(get("/approvals").with(as(users, "hotline")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/hotline/approvals")));
	}
}
