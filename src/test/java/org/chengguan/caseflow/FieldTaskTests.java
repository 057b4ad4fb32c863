package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.staff.StaffManagement;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Grid-scoped staff (一格多员): the 监督员 sees the cases of the grids it is a member of and no other; 核实 and 核查 go to
 * one of the grid's members and appear on their 我的任务; whoever handled a case never checks it; cases go only to units
 * that handle cases; the 受理员's opinion is kept.
 */
@ChengguanIntegrationTest
class FieldTaskTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffManagement staff;

	CaseSteps steps;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
	}

	long staffId(String username) {
		return jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
	}

	/** A unit grid of the first street outside the inspector's responsibility grid. */
	String gridOutsideTheInspectors() {
		return jdbc.queryForObject("""
				select g.code from grid_unit_grid g where g.code like '990101001%' and not exists (
				  select 1 from grid_responsibility_unit ru join grid_member m
				    on m.responsibility_grid_id = ru.responsibility_grid_id
				  where ru.unit_grid_id = g.id and m.staff_id = ?) order by g.code limit 1""", String.class,
				staffId("inspector"));
	}

	@Test
	void theInspectorSeesTheCasesOfItsOwnGridsOnly() throws Exception {
		var scope = staff.scopeOf(staffId("inspector"));
		assertThat(scope.citywide()).isFalse();
		assertThat(scope.regionPrefixes()).isEmpty();
		// the first responsibility grid of every street of the city
		assertThat(scope.gridCodes().stream().map(code -> code.substring(0, 9)).distinct().count()).isEqualTo(21);
		assertThat(scope.gridCodes()).contains(
				jdbc.queryForObject("select code from grid_unit_grid order by code limit 1", String.class));

		var inside = steps.pushOrder("监督员网格内").caseId();
		var outsideId = steps.pushOrder("监督员网格外").caseId();
		var outside = gridOutsideTheInspectors();
		// The same street, another responsibility grid.
		jdbc.update("update caseflow_case set unit_grid_code = ?, community_code = left(?, 12) where id = ?", outside,
				outside, outsideId);
		mvc.perform(get("/cases/{id}", inside).with(as(users, "inspector"))).andExpect(status().isOk());
		mvc.perform(get("/cases/{id}", outsideId).with(as(users, "inspector"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases").param("q", "监督员网格").with(as(users, "inspector")))
			.andExpect(content().string(Matchers.containsString("监督员网格内")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("监督员网格外"))));
		// The street's squad still sees both (属地), the grid officer its own grids of the street.
		mvc.perform(get("/cases/{id}", outsideId).with(as(users, "squad01"))).andExpect(status().isOk());
		assertThat(staff.scopeOf(staffId("grid01")).regionPrefixes()).isEmpty();
		assertThat(staff.scopeOf(staffId("officer01")).regionPrefixes()).containsExactly("990101001");
	}

	@Test
	void aCheckGoesToAGridMemberAndIsOnTheirTaskList() throws Exception {
		var id = steps.pushOrder("派给监督员核查").caseId();
		steps.acceptAndRegister(id);
		var squad = jdbc.queryForObject("select id from staff_org_unit where code = 'SQUAD-990101001'", Long.class);
		steps.act(id, "dispatcher", "DISPATCH", "unitId", squad.toString(), "opinion", "由属地中队处置");
		steps.act(id, "squad01", "SIGN_FOR");
		steps.actWithPhoto(id, "officer01", "REPORT_BACK");

		// The 受理员 is offered the grid's members, the 监督员 first; nobody of the squad that did the work.
		mvc.perform(get("/cases/{id}", id).with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("action-SEND_CHECK")))
			.andExpect(content().string(Matchers.matchesRegex("(?s).*name=\"assigneeId\">\\s*<option value=\""
					+ staffId("inspector") + "\" selected=\"selected\">.*")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<option value=\"" + staffId("officer01") + "\""))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<option value=\"" + staffId("aux01") + "\""))));
		mvc.perform(post("/cases/{id}/actions/SEND_CHECK", id).with(as(users, "intake"))
			.with(csrf())
			.param("version", String.valueOf(steps.version(id)))
			.param("assigneeId", String.valueOf(staffId("officer01"))))
			.andExpect(flash().attribute("problem", "caseflow.error.assignee"));
		steps.act(id, "intake", "SEND_CHECK", "assigneeId", String.valueOf(staffId("inspector")));
		assertThat(jdbc.queryForObject("select assignee_id from caseflow_case where id = ?", Long.class, id))
			.isEqualTo(staffId("inspector"));

		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		mvc.perform(get("/tasks").with(as(users, "inspector")))
			.andExpect(content().string(Matchers.containsString(number)));
		mvc.perform(get("/tasks").with(as(users, "grid01")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(number))));
		// officer01 disposed it: not offered the check, and refused it.
		mvc.perform(get("/cases/{id}", id).with(as(users, "officer01")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("action-CHECK_PASS"))));
		mvc.perform(post("/cases/{id}/actions/CHECK_FAIL", id).with(as(users, "officer01"))
			.with(csrf())
			.param("version", String.valueOf(steps.version(id)))
			.param("opinion", "自查"))
			.andExpect(status().isForbidden());
		steps.actWithPhoto(id, "inspector", "CHECK_PASS");
		assertThat(steps.stateOf(id)).isEqualTo("CHECKED");
		mvc.perform(get("/cases/{id}", id).with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("→ ")));
	}

	@Test
	void theUnitsTaskListHoldsOnlyItsOwnCases() throws Exception {
		var id = steps.pushOrder("环卫所的任务").caseId();
		steps.acceptAndRegister(id);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		mvc.perform(get("/tasks").with(as(users, "handler"))).andExpect(content().string(Matchers.containsString(number)));
		mvc.perform(get("/tasks").with(as(users, "squad01")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(number))));
	}

	@Test
	void casesGoOnlyToUnitsThatHandleThemAndTheIntakeOpinionIsKept() throws Exception {
		var id = steps.pushOrder("派往领导班子").caseId();
		var categoryId = jdbc.queryForObject("select category_id from caseflow_case where id = ?", Long.class, id);
		steps.act(id, "intake", "ACCEPT", "categoryId", categoryId.toString(), "opinion", "来电人称已持续三天");
		assertThat(jdbc.queryForObject("select opinion from caseflow_transition where case_id = ? and action = 'ACCEPT'",
				String.class, id)).isEqualTo("来电人称已持续三天");
		var conditionId = jdbc.queryForObject(
				"select id from category_condition where category_id = ? and enabled order by id limit 1", Long.class,
				categoryId);
		steps.act(id, "intake", "REGISTER", "conditionId", conditionId.toString());
		var leadership = jdbc.queryForObject("select id from staff_org_unit where code = 'LEADERSHIP'", Long.class);
		mvc.perform(get("/cases/{id}", id).with(as(users, "dispatcher")))
			// not offered as a unit to dispatch to (the bare value could be the form's version)
			.andExpect(content().string(Matchers.not(Matchers.containsString("<option value=\"" + leadership + "\""))));
		mvc.perform(post("/cases/{id}/actions/DISPATCH", id).with(as(users, "dispatcher"))
			.with(csrf())
			.param("version", String.valueOf(steps.version(id)))
			.param("unitId", leadership.toString())
			.param("opinion", "请领导处理"))
			.andExpect(flash().attribute("problem", "caseflow.error.notHandlingUnit"));
		assertThat(steps.stateOf(id)).isEqualTo("REGISTERED");
	}
}
