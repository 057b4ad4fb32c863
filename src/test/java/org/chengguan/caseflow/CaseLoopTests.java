package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.chengguan.ChengguanIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A hotline case through the whole loop on the case page, by the people whose roles do each step. */
@ChengguanIntegrationTest
class CaseLoopTests {

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

	long pushOrder(String description) throws Exception {
		return steps.pushOrder(description).caseId();
	}

	long version(long id) {
		return steps.version(id);
	}

	String stateOf(long id) {
		return steps.stateOf(id);
	}

	void act(long id, String user, String action, String... params) throws Exception {
		steps.act(id, user, action, params);
	}

	void actWithPhoto(long id, String user, String action) throws Exception {
		steps.actWithPhoto(id, user, action);
	}

	@Test
	void aHotlineCaseGoesFromIntakeToClosedOnTheCasePage() throws Exception {
		var id = pushOrder("门前暴露垃圾");
		var categoryId = jdbc.queryForObject("select category_id from caseflow_case where id = ?", Long.class, id);
		var conditionId = jdbc.queryForObject(
				"select id from category_condition where category_id = ? and enabled order by id limit 1", Long.class,
				categoryId);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);

		mvc.perform(get("/cases/{id}", id).with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("138****1234")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13812341234"))))
			.andExpect(content().string(Matchers.containsString("action-ACCEPT")));

		act(id, "intake", "ACCEPT", "categoryId", categoryId.toString());
		act(id, "intake", "REGISTER", "conditionId", conditionId.toString());
		mvc.perform(get("/cases/{id}", id).with(as(users, "dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("环境卫生管理所 （推荐）")));
		act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		act(id, "handler", "SIGN_FOR");
		actWithPhoto(id, "handler", "REPORT_BACK");
		act(id, "intake", "SEND_CHECK");
		actWithPhoto(id, "grid01", "CHECK_PASS");
		act(id, "intake", "CLOSE");

		assertThat(stateOf(id)).isEqualTo("CLOSED");
		assertThat(jdbc.queryForList("select action from caseflow_transition where case_id = ? order by seq",
				String.class, id))
			.containsExactly("REPORT", "ACCEPT", "REGISTER", "DISPATCH", "SIGN_FOR", "REPORT_BACK", "SEND_CHECK",
					"CHECK_PASS", "CLOSE");
		assertThat(jdbc.queryForObject("select count(*) from caseflow_timer where case_id = ? and stopped_at is null",
				Long.class, id)).isZero();
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where target = ?", Long.class,
					"case:" + number) == 9);

		var photo = jdbc.queryForObject("""
				select evidence_ids[1] from caseflow_transition where case_id = ? and action = 'REPORT_BACK'""",
				Long.class, id);
		mvc.perform(get("/cases/{id}/photos/{e}", id, photo).with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		var otherCase = pushOrder("另一件");
		mvc.perform(get("/cases/{id}/photos/{e}", otherCase, photo).with(as(users, "intake")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCallerIsShownInFullOnlyToThoseAllowedAndTheRevealIsAudited() throws Exception {
		var id = pushOrder("噪音扰民");
		mvc.perform(get("/cases/{id}", id).param("revealCaller", "true").with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("13812341234")));
		var reportId = jdbc.queryForObject("select report_id from caseflow_case where id = ?", Long.class, id);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'caller.reveal' and actor = 'intake' and target = ?",
					Long.class, "report:" + reportId) == 1);
		mvc.perform(get("/cases/{id}", id).param("revealCaller", "true").with(as(users, "dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("138****1234")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13812341234"))));
	}

	@Test
	void aStalePageOrAForbiddenStepChangesNothing() throws Exception {
		var id = pushOrder("占道经营");
		var stale = version(id);
		var categoryId = jdbc.queryForObject("select category_id from caseflow_case where id = ?", Long.class, id);
		act(id, "intake", "ACCEPT", "categoryId", categoryId.toString());
		mvc.perform(post("/cases/{id}/actions/REJECT_INTAKE", id).with(as(users, "intake"))
			.with(csrf())
			.param("version", String.valueOf(stale))
			.param("opinion", "重复"))
			.andExpect(status().isConflict());
		mvc.perform(post("/cases/{id}/actions/REGISTER", id).with(as(users, "handler"))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("conditionId", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/{id}/actions/DECLINE", id).with(as(users, "shift"))
			.with(csrf())
			.param("version", String.valueOf(version(id))))
			.andExpect(flash().attribute("problem", "caseflow.error.opinionRequired"));
		assertThat(stateOf(id)).isEqualTo("ACCEPTED");
	}

	@Test
	void anUnlocatedCaseIsPinnedWhenAcceptedAndAnUnusableCategoryIsRefused() throws Exception {
		var no = "GD" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", "demo-12345-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00", "urgency": "NORMAL",
					 "address": "无名小巷", "content": "路灯不亮"}""".formatted(no)))
			.andExpect(status().isCreated());
		var id = jdbc.queryForObject("select case_id from hotline_order where order_no = ?", Long.class, no);
		var grid = jdbc.queryForMap("select code, centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
		var category = jdbc.queryForObject(
				"select id from category_item where kind = 'EVENT' and code = '06010' order by id limit 1", Long.class);
		var header = jdbc.queryForObject(
				"select id from category_item where kind = 'EVENT' and code = '06' order by id limit 1", Long.class);

		for (var unusable : new Long[] { header, 999_999L }) {
			mvc.perform(post("/cases/{id}/actions/ACCEPT", id).with(as(users, "intake"))
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("categoryId", unusable.toString()))
				.andExpect(flash().attribute("problem", "caseflow.error.categoryNotUsable"));
		}
		mvc.perform(post("/cases/{id}/actions/ACCEPT", id).with(as(users, "intake"))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("categoryId", category.toString())
			.param("lon", "0.5")
			.param("lat", "0.5"))
			.andExpect(flash().attribute("problem", "caseflow.error.outsideGrids"));
		assertThat(stateOf(id)).isEqualTo("REPORTED");

		act(id, "intake", "ACCEPT", "categoryId", category.toString(), "lon", grid.get("centroid_lon").toString(),
				"lat", grid.get("centroid_lat").toString());
		assertThat(stateOf(id)).isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("select unit_grid_code from caseflow_case where id = ?", String.class, id))
			.isEqualTo(grid.get("code"));
		assertThat(jdbc.queryForObject("""
				select r.location_method from intake_report r join caseflow_case c on c.report_id = r.id
				where c.id = ?""", String.class, id)).isEqualTo("PINNED");
	}

	@Test
	void searchAndQueuesListCasesNewestFirst() throws Exception {
		var id = pushOrder("队列测试");
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		mvc.perform(get("/cases").param("queue", "INTAKE").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(number)));
		mvc.perform(get("/cases").param("q", number).with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString(number)));
		mvc.perform(get("/cases").param("queue", "DISPATCH").with(as(users, "dispatcher")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(number))));
		mvc.perform(get("/cases").param("from", "not-a-date").param("after", "x").with(as(users, "intake")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void searchReadsTheCategoryBookAndSaysWhatItCouldNotUse() throws Exception {
		var id = pushOrder("手册代码查询");
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		for (var code : new String[] { "06010", "E06010", "e06010" }) {
			mvc.perform(get("/cases").param("category", code).param("q", "手册代码查询").with(as(users, "intake")))
				.andExpect(content().string(Matchers.containsString(number)))
				.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"ignored\""))));
		}
		mvc.perform(get("/cases").param("category", "99999")
			.param("region", "990199999")
			.param("from", "2026-12-05")
			.param("to", "2026-12-01")
			.with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("类别代码“99999”不存在")))
			.andExpect(content().string(Matchers.containsString("区域或网格代码“990199999”不存在")))
			.andExpect(content().string(Matchers.containsString("结束日期早于开始日期（2026-12-05 – 2026-12-01），已忽略日期条件。")));
	}

	@Test
	void theDesksShowTheirCountTheCurrentStageAndTheTimeLeftDueFirst() throws Exception {
		var id = pushOrder("派遣台排序");
		steps.acceptAndRegister(id);
		jdbc.update("update caseflow_case set stage_due_at = now() - interval '3 hours', overdue_level = 'OVERDUE'"
				+ " where id = ?", id);
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		var page = mvc.perform(get("/cases").param("queue", "DISPATCH").with(as(users, "dispatcher")))
			.andExpect(content().string(Matchers.matchesRegex("(?s).*id=\"total\">共 \\d+ 件.*")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var row = page.substring(page.indexOf(number));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("派遣").contains("level-OVERDUE").contains("超 3 小时");
	}

	@Autowired
	ApprovalManagement approvals;

	@Test
	void sideBranchesNeedTheirApprovalAndAHoldResumesByItself() throws Exception {
		var id = pushOrder("需要延期和挂账");
		steps.acceptAndRegister(id);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		act(id, "handler", "SIGN_FOR");
		var due = jdbc.queryForObject("select dispose_due_at from caseflow_case where id = ?", java.sql.Timestamp.class,
				id);

		act(id, "handler", "EXTEND_REQUEST", "opinion", "材料采购中", "until", steps.dayAfterDue(id));
		mvc.perform(get("/cases/{id}", id).with(as(users, "dispatcher")))
			.andExpect(content().string(Matchers.containsString("延期待审批")))
			.andExpect(content().string(Matchers.containsString("action-EXTEND_APPROVE")));
		act(id, "dispatcher", "EXTEND_APPROVE");
		assertThat(jdbc.queryForObject("select dispose_due_at from caseflow_case where id = ?",
				java.sql.Timestamp.class, id)).isAfter(due);

		var tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		act(id, "handler", "HOLD_REQUEST", "opinion", "待道路改造后处理", "until", tomorrow);
		mvc.perform(post("/cases/{id}/actions/HOLD_APPROVE", id).with(as(users, "dispatcher"))
			.with(csrf())
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isForbidden());
		act(id, "shift", "HOLD_APPROVE");
		assertThat(stateOf(id)).isEqualTo("HELD");
		assertThat(jdbc.queryForObject("""
				select paused_at is not null from caseflow_timer where case_id = ? and stage = 'DISPOSE'
				and stopped_at is null""", Boolean.class, id)).isTrue();

		jdbc.update("update caseflow_case set hold_until = current_date - 1 where id = ?", id);
		assertThat(approvals.resumeEndedHolds()).isGreaterThanOrEqualTo(1);
		assertThat(stateOf(id)).isEqualTo("DISPOSING");
		assertThat(jdbc.queryForObject("""
				select paused_at is null from caseflow_timer where case_id = ? and stage = 'DISPOSE'
				and stopped_at is null""", Boolean.class, id)).isTrue();

		act(id, "intake", "CANCEL_REQUEST", "opinion", "重复件");
		mvc.perform(get("/cases/{id}", id).with(as(users, "shift")))
			.andExpect(content().string(Matchers.containsString("作废待审批")));
		act(id, "shift", "CANCEL", "opinion", "同意作废");
		assertThat(stateOf(id)).isEqualTo("CANCELLED");
	}
}
