package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A 申诉 from the handling unit of a case closed late: reviewed by the 派遣员 and then a 受理员, approved, the case
 * leaves the adjusted figures and stays in the raw ones; and the appeals the rules refuse.
 */
@ChengguanIntegrationTest
class AppealWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FactMaintenance maintenance;

	@Autowired
	Rollups rollups;

	CaseSteps steps;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
	}

	/** A hotline case the 环卫所 disposed after its deadline; its number. */
	String closedLate(String description) throws Exception {
		var id = steps.pushOrder(description).caseId();
		steps.acceptAndRegister(id);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		steps.act(id, "handler", "SIGN_FOR");
		// the deadline passed while the unit worked on it
		jdbc.update("""
				update caseflow_timer set due_at = now() - interval '1 hour'
				where case_id = ? and stage = 'DISPOSE' and stopped_at is null""", id);
		steps.disposeToClosed(id);
		return jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
	}

	@Test
	void anApprovedAppealLeavesTheAdjustedFiguresAndStaysInTheRawOnes() throws Exception {
		var number = closedLate("申诉：道路施工无法进场");
		var caseId = jdbc.queryForObject("select id from caseflow_case where number = ?", Long.class, number);
		maintenance.roll();
		var today = Period.of(Period.Kind.DAY, LocalDate.now(ZoneId.of("Asia/Shanghai")));
		var raw = rollups.tally(Scope.CITY, today, false);
		var adjusted = rollups.tally(Scope.CITY, today, true);

		submit(number, "道路施工封闭，无法进场处置", "handler").andExpect(flash().attribute("notice",
				"supervision.appeal.done.SUBMIT"));
		submit(number, "再次申诉", "handler").andExpect(flash().attribute("problem", "supervision.appeal.error.twice"));
		var appeal = jdbc.queryForObject("select id from supervision_appeal where case_id = ?", Long.class, caseId);

		decide(appeal, "FIRST_APPROVE", "intake", null).andExpect(flash().attribute("problem",
				"supervision.appeal.error.notYours"));
		decide(appeal, "FIRST_APPROVE", "dispatcher", "情况属实").andExpect(flash().attribute("notice",
				"supervision.appeal.done.FIRST_APPROVE"));
		decide(appeal, "SECOND_APPROVE", "dispatcher", null).andExpect(flash().attribute("problem",
				"supervision.appeal.error.notYours"));
		decide(appeal, "SECOND_REJECT", "intake", "").andExpect(flash().attribute("problem",
				"supervision.appeal.error.opinion"));
		decide(appeal, "SECOND_APPROVE", "intake", "同意核减").andExpect(flash().attribute("notice",
				"supervision.appeal.done.SECOND_APPROVE"));
		maintenance.roll();

		assertThat(rollups.tally(Scope.CITY, today, false).closed()).isEqualTo(raw.closed());
		assertThat(rollups.tally(Scope.CITY, today, true).closed()).isEqualTo(adjusted.closed() - 1);
		mvc.perform(get("/supervision/appeals").with(as(users, "handler"))).andExpect(status().isOk());
	}

	@Test
	void onlyTheHandlingUnitAppealsOnlyACaseClosedLate() throws Exception {
		var late = closedLate("申诉：非本单位");
		submit(late, "不是我们的", "squad01").andExpect(flash().attribute("problem", "supervision.appeal.error.notUnit"));
		submit(late, "", "handler").andExpect(flash().attribute("problem", "supervision.appeal.error.reason"));
		submit("AJ00000000000000", "没有这个案卷", "handler").andExpect(flash().attribute("problem",
				"supervision.appeal.error.noCase"));

		var onTime = steps.pushOrder("申诉：按期结案").caseId();
		steps.acceptAndRegister(onTime);
		steps.dispatchToClosed(onTime);
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, onTime);
		submit(number, "按期的也申诉", "handler").andExpect(flash().attribute("problem",
				"supervision.appeal.error.notOverdue"));
		mvc.perform(post("/supervision/appeals").param("caseNumber", number).param("reason", "派遣员不是处置单位")
			.with(csrf()).with(as(users, "dispatcher")))
			.andExpect(flash().attribute("problem", "supervision.appeal.error.notUnit"));
	}

	private ResultActions submit(String number, String reason, String who) throws Exception {
		return mvc.perform(post("/supervision/appeals").param("caseNumber", number).param("reason", reason)
			.with(csrf()).with(as(users, who)))
			.andExpect(status().is3xxRedirection());
	}

	private ResultActions decide(long id, String action, String who, String opinion) throws Exception {
		var version = jdbc.queryForObject("select row_version from supervision_appeal where id = ?", Long.class, id);
		var request = post("/supervision/appeals/{id}/{a}", id, action).param("rowVersion", version.toString())
			.with(csrf())
			.with(as(users, who));
		if (opinion != null) {
			request.param("opinion", opinion);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection());
	}
}
