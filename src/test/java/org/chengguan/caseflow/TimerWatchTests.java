package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.chengguan.ChengguanIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The timer job (§6.6): 预警 at 75 %, 超期 with an automatic 催办, 严重超期 with an automatic 督办, each announced once to
 * the right people behind the bell; and 督办 raised and answered by people on the case page.
 */
@ChengguanIntegrationTest
class TimerWatchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TimerWatch watch;

	CaseSteps steps;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
	}

	/** Puts the running 立案 timer (30 min) so many minutes into its limit. */
	void registerTimerAt(long caseId, int elapsedMinutes) {
		jdbc.update("""
				update caseflow_timer set started_at = now() - make_interval(mins => ?),
				due_at = now() - make_interval(mins => ?) + interval '30 minutes'
				where case_id = ? and stage = 'REGISTER' and stopped_at is null""", elapsedMinutes, elapsedMinutes,
				caseId);
	}

	long notifications(String username, long caseId, String kind) {
		return jdbc.queryForObject("""
				select count(*) from notification n join staff_member m on m.id = n.recipient_id
				where m.username = ? and n.case_id = ? and n.kind = ?""", Long.class, username, caseId, kind);
	}

	/** A desk's summary of this kind and stage for the person: how many cases it counts (0: none unread). */
	long summary(String username, String kind, String stage) {
		return jdbc.queryForObject("""
				select coalesce(sum(n.count), 0) from notification n join staff_member m on m.id = n.recipient_id
				where m.username = ? and n.case_id is null and n.kind = ? and n.ref = ? and n.read_at is null""",
				Long.class, username, kind, stage);
	}

	void readAll(String... usernames) {
		for (var username : usernames) {
			jdbc.update("""
					update notification set read_at = now() where read_at is null
					and recipient_id = (select id from staff_member where username = ?)""", username);
		}
	}

	String level(long caseId) {
		return jdbc.queryForObject("select overdue_level from caseflow_case where id = ?", String.class, caseId);
	}

	@Test
	void aLateStageWarnsThenEscalatesWithAutomaticSupervisionAnnouncedOnce() throws Exception {
		var id = steps.pushOrder("超期监控").caseId();
		var categoryId = jdbc.queryForObject("select category_id from caseflow_case where id = ?", Long.class, id);
		steps.act(id, "intake", "ACCEPT", "categoryId", categoryId.toString());

		readAll("intake", "dispatcher", "supervisor");
		registerTimerAt(id, 24);
		watch.sweep();
		assertThat(level(id)).isEqualTo("WARNING");
		// Before dispatch the centre's staff hear of it in their desk's summary, not case by case.
		assertThat(summary("intake", "WARNING", "REGISTER")).isEqualTo(1);
		assertThat(notifications("intake", id, "WARNING")).isZero();
		assertThat(summary("dispatcher", "WARNING", "REGISTER")).isZero();
		watch.sweep();
		assertThat(summary("intake", "WARNING", "REGISTER")).isEqualTo(1);

		registerTimerAt(id, 45);
		watch.sweep();
		assertThat(level(id)).isEqualTo("OVERDUE");
		assertThat(summary("dispatcher", "OVERDUE", "REGISTER")).isEqualTo(1);
		assertThat(summary("intake", "SUPERVISION", "INTAKE")).isEqualTo(1);
		assertThat(summary("supervisor", "OVERDUE", "REGISTER")).isZero();

		registerTimerAt(id, 95);
		watch.sweep();
		watch.sweep();
		assertThat(level(id)).isEqualTo("SEVERE");
		assertThat(summary("supervisor", "SEVERE", "REGISTER")).isEqualTo(1);
		assertThat(jdbc.queryForList("select level from caseflow_supervision where case_id = ? and automatic order by id",
				String.class, id)).containsExactly("L1", "L2");

		mvc.perform(get("/").with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("id=\"unread-count\"")));
		var notification = jdbc.queryForObject("""
				select n.id from notification n join staff_member m on m.id = n.recipient_id
				where m.username = 'intake' and n.case_id is null and n.kind = 'WARNING' and n.ref = 'REGISTER'""",
				Long.class);
		mvc.perform(get("/notifications").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/notifications/" + notification)))
			.andExpect(content().string(Matchers.containsString("1 件立案环节预警")));
		mvc.perform(get("/notifications/{n}", notification).with(as(users, "intake")))
			.andExpect(redirectedUrl("/cases?queue=INTAKE&level=WARNING"));
		assertThat(jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class,
				notification)).isTrue();
		mvc.perform(get("/notifications/{n}", notification).with(as(users, "dispatcher")))
			.andExpect(status().isNotFound());

		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		mvc.perform(get("/cases/overdue").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("指挥中心（未派遣）")))
			.andExpect(content().string(Matchers.containsString("/cases?unit=0&amp;level=SEVERE")));
		mvc.perform(get("/cases").param("unit", "0").param("level", "SEVERE").with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString(number)));
		mvc.perform(get("/cases").param("unit", "0").param("level", "WARNING").with(as(users, "intake")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(number))));

		// The stage ends: the case no longer shows a level, the history stays on the timer.
		var conditionId = jdbc.queryForObject(
				"select id from category_condition where category_id = ? and enabled order by id limit 1", Long.class,
				categoryId);
		steps.act(id, "intake", "REGISTER", "conditionId", conditionId.toString());
		assertThat(level(id)).isEqualTo("NORMAL");
		assertThat(jdbc.queryForObject("select level from caseflow_timer where case_id = ? and stage = 'REGISTER'",
				String.class, id)).isEqualTo("SEVERE");
	}

	@Test
	void aUnitHearsOfItsLateCaseOncePerLevelWhateverTheStages() throws Exception {
		var id = steps.pushOrder("两个环节同时超期").caseId();
		steps.acceptAndRegister(id);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		// 签收 and 处置 both run after dispatch, both far past their limits.
		jdbc.update("""
				update caseflow_timer set started_at = now() - interval '10 days', due_at = now() - interval '9 days'
				where case_id = ? and stopped_at is null""", id);
		watch.sweep();
		assertThat(level(id)).isEqualTo("SEVERE");
		assertThat(jdbc.queryForObject("""
				select count(*) from notification n join staff_member m on m.id = n.recipient_id
				where m.username = 'handler' and n.case_id = ? and n.kind in ('WARNING', 'OVERDUE', 'SEVERE')""",
				Long.class, id)).isEqualTo(1);
		assertThat(notifications("handler", id, "SEVERE")).isEqualTo(1);
	}

	@Test
	void aSupervisorRaisesASupervisionAndTheCentreAnswersIt() throws Exception {
		var id = steps.pushOrder("领导关注").caseId();
		var tomorrow = LocalDate.now().plusDays(2).toString();
		mvc.perform(post("/cases/{id}/supervisions", id).with(as(users, "intake"))
			.with(csrf())
			.param("level", "L3")
			.param("dueOn", tomorrow)
			.param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/{id}/supervisions", id).with(as(users, "supervisor"))
			.with(csrf())
			.param("level", "L9")
			.param("dueOn", tomorrow)
			.param("reason", "群众反映强烈"))
			.andExpect(flash().attribute("problem", "caseflow.error.supervisionForm"));
		mvc.perform(post("/cases/{id}/supervisions", id).with(as(users, "supervisor"))
			.with(csrf())
			.param("level", "L3")
			.param("dueOn", "2020-01-01")
			.param("reason", "群众反映强烈"))
			.andExpect(flash().attribute("problem", "caseflow.error.supervisionDue"));
		mvc.perform(post("/cases/{id}/supervisions", id).with(as(users, "supervisor"))
			.with(csrf())
			.param("level", "L3")
			.param("dueOn", tomorrow)
			.param("reason", "群众反映强烈，挂牌督办"))
			.andExpect(flash().attribute("notice", "caseflow.done.SUPERVISE"));
		assertThat(summary("intake", "SUPERVISION", "INTAKE")).isPositive();

		var supervision = jdbc.queryForObject("select id from caseflow_supervision where case_id = ?", Long.class, id);
		mvc.perform(post("/cases/{id}/supervisions/{s}/answer", id, supervision).with(as(users, "intake"))
			.with(csrf())
			.param("reply", " "))
			.andExpect(flash().attribute("problem", "caseflow.error.supervisionReply"));
		mvc.perform(post("/cases/{id}/supervisions/{s}/answer", id, supervision).with(as(users, "intake"))
			.with(csrf())
			.param("reply", "已安排专人今日处理"))
			.andExpect(flash().attribute("notice", "caseflow.done.ANSWER"));
		mvc.perform(post("/cases/{id}/supervisions/{s}/answer", id, supervision).with(as(users, "intake"))
			.with(csrf())
			.param("reply", "再次回复"))
			.andExpect(flash().attribute("problem", "caseflow.error.supervisionAnswered"));
		mvc.perform(get("/cases/{id}", id).with(as(users, "supervisor")))
			.andExpect(content().string(Matchers.containsString("已安排专人今日处理")))
			.andExpect(content().string(Matchers.containsString("挂牌督办")));
	}
}
