package org.chengguan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests reach whoever decides them and decisions whoever asked; a unit hears of a case dispatched to it and a
 * person of a task sent to them; the 待审批 inbox and its count.
 */
@ChengguanIntegrationTest
class NotificationTests {

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

	long notices(String username, long caseId, String kind) {
		return jdbc.queryForObject("""
				select count(*) from notification n join staff_member m on m.id = n.recipient_id
				where m.username = ? and n.case_id = ? and n.kind = ?""", Long.class, username, caseId, kind);
	}

	@Test
	void aRequestReachesItsDecidersAndTheDecisionItsRequester() throws Exception {
		var id = steps.pushOrder("申请与审批提醒").caseId();
		steps.acceptAndRegister(id);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		assertThat(notices("handler", id, "DISPATCHED")).isEqualTo(1);
		assertThat(notices("squad01", id, "DISPATCHED")).isZero();

		steps.act(id, "handler", "SIGN_FOR");
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		steps.act(id, "handler", "EXTEND_REQUEST", "opinion", "需协调产权单位", "until", steps.dayAfterDue(id));
		assertThat(notices("dispatcher", id, "REQUEST")).isEqualTo(1);
		assertThat(notices("handler", id, "REQUEST")).isZero();
		mvc.perform(get("/approvals").with(as(users, "dispatcher")))
			.andExpect(content().string(Matchers.containsString(number)))
			.andExpect(content().string(Matchers.containsString("需协调产权单位")))
			.andExpect(content().string(Matchers.containsString("id=\"approval-count\"")));
		mvc.perform(get("/notifications").with(as(users, "dispatcher")))
			.andExpect(content().string(Matchers.containsString("案卷 " + number + " 申请延期，待您审批")));

		steps.act(id, "dispatcher", "EXTEND_APPROVE");
		assertThat(notices("handler", id, "DECIDED")).isEqualTo(1);
		mvc.perform(get("/approvals").with(as(users, "dispatcher")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(number))));
		mvc.perform(get("/approvals").with(as(users, "handler")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
	}

	@Test
	void aFieldTaskReachesItsPerson() throws Exception {
		var id = steps.pushOrder("任务与预警提醒").caseId();
		var inspector = jdbc.queryForObject("select id from staff_member where username = 'inspector'", Long.class);
		steps.act(id, "intake", "SEND_VERIFY", "assigneeId", inspector.toString());
		assertThat(notices("inspector", id, "TASK")).isEqualTo(1);
		assertThat(notices("grid01", id, "TASK")).isZero();
	}

}
