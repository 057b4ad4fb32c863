package org.chengguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the platform is owed, through the outbox to a fake platform: 签收 on 受理, 办结回复 on 结案 with the unit's
 * result, nothing lost while the platform is down, nothing sent twice by racing senders, 回访 不满意 reopening the case
 * on a new clock, and 退单 refused for a designated order.
 */
@ChengguanIntegrationTest
class HotlineObligationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OutboxSender sender;

	@Autowired
	ProgressWatch progress;

	@Autowired
	HotlineFactManagement facts;

	CaseSteps steps;

	FakePlatform platform;

	@BeforeEach
	void connect() throws Exception {
		steps = new CaseSteps(mvc, jdbc, users);
		platform = new FakePlatform();
		jdbc.update("update hotline_platform set endpoint_url = ? where code = '12345'", platform.url());
	}

	@AfterEach
	void disconnect() {
		jdbc.update("update hotline_platform set endpoint_url = null where code = '12345'");
		platform.close();
	}

	/** Makes every waiting message due now and drains the outbox once. */
	void drain() {
		jdbc.update("update hotline_outbox set next_attempt_at = now() where sent_at is null");
		sender.drain();
	}

	@Test
	void theSignAndTheReplyReachThePlatformOnceEvenAfterAnOutage() throws Exception {
		var order = steps.pushOrder("门前垃圾堆放");
		steps.acceptAndRegister(order.caseId());
		platform.down(true);
		drain();
		assertThat(platform.about(order.orderNo())).isEmpty();
		var waiting = jdbc.queryForMap("""
				select m.attempts, m.last_error, m.sent_at, m.next_attempt_at > now() as later from hotline_outbox m
				join hotline_order o on o.id = m.order_id where o.order_no = ? and m.kind = 'SIGN'""", order.orderNo());
		assertThat(waiting.get("attempts")).isEqualTo(1);
		assertThat((String) waiting.get("last_error")).startsWith("HTTP 503");
		assertThat(waiting.get("sent_at")).isNull();
		assertThat(waiting.get("later")).isEqualTo(true);

		platform.down(false);
		steps.dispatchToClosed(order.caseId());
		drain();
		var received = platform.about(order.orderNo());
		assertThat(received).extracting(r -> r.body().replaceAll(".*\"type\":\"(\\w+)\".*", "$1"))
			.containsExactly("SIGN", "REPLY");
		assertThat(received.get(0).body()).contains("\"signedBy\":\"");
		assertThat(received.get(1).body()).contains("\"outcome\":\"CLOSED\"", "\"result\":\"已清理完毕\"");
		assertThat(received).extracting(FakePlatform.Received::idempotencyKey).doesNotHaveDuplicates();
		assertThat(jdbc.queryForObject("select status from hotline_order where order_no = ?", String.class,
				order.orderNo())).isEqualTo("REPLIED");
	}

	@Test
	void racingSendersDeliverEveryMessageExactlyOnce() throws Exception {
		var orders = new ArrayList<CaseSteps.Order>();
		for (int i = 0; i < 6; i++) {
			var order = steps.pushOrder("并发发送 " + i);
			steps.act(order.caseId(), "intake", "ACCEPT", "categoryId", jdbc
				.queryForObject("select category_id from caseflow_case where id = ?", Long.class, order.caseId())
				.toString());
			orders.add(order);
		}
		jdbc.update("update hotline_outbox set next_attempt_at = now() where sent_at is null");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(4);
		try {
			var runs = new ArrayList<Future<Integer>>();
			for (int i = 0; i < 4; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return sender.sendBatch();
				}));
			}
			start.countDown();
			for (var run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		drain();
		for (var order : orders) {
			assertThat(platform.about(order.orderNo())).as(order.orderNo()).hasSize(1);
		}
	}

	@Test
	void anUnsatisfiedCallerReopensTheCaseWithANewReplyClock() throws Exception {
		var order = steps.pushOrder("夜间施工噪音");
		steps.acceptAndRegister(order.caseId());
		mvc.perform(visit(order.orderNo(), "SATISFIED", null)).andExpect(status().isConflict());
		steps.dispatchToClosed(order.caseId());

		mvc.perform(visit(order.orderNo(), "UNSATISFIED", null)).andExpect(status().isBadRequest());
		mvc.perform(visit(order.orderNo(), "UNSATISFIED", "垃圾仍未清运"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REOPENED"));
		assertThat(steps.stateOf(order.caseId())).isEqualTo("DISPOSING");
		assertThat(jdbc.queryForObject("""
				select count(*) from caseflow_timer where case_id = ? and stage = 'DISPOSE' and stopped_at is null
				and limit_amount = 5 and limit_unit = 'WORKING_DAY'""", Long.class, order.caseId())).isEqualTo(1);

		steps.disposeToClosed(order.caseId());
		drain();
		assertThat(platform.about(order.orderNo())).filteredOn(r -> r.body().contains("\"type\":\"REPLY\""))
			.extracting(r -> r.body().replaceAll(".*\"round\":(\\d+).*", "$1"))
			.containsExactly("0", "1");
		mvc.perform(visit(order.orderNo(), "SATISFIED", null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VISITED"));
		mvc.perform(visit("NO-SUCH-ORDER", "SATISFIED", null)).andExpect(status().isNotFound());
		// both verdicts are kept and counted: 满意率 is per 回访
		assertThat(jdbc.queryForList("""
				select v.result from hotline_visit v join hotline_order o on o.id = v.order_id
				where o.case_id = ? order by v.visit_no""", String.class, order.caseId()))
			.containsExactly("UNSATISFIED", "SATISFIED");
		assertThat(facts.of(java.util.List.of(order.caseId()))).singleElement()
			.satisfies(f -> assertThat(f.visits()).isEqualTo(2))
			.satisfies(f -> assertThat(f.satisfied()).isEqualTo(1));
	}

	@Test
	void aMergedOrderClosesWithItsParentAndGetsItsOwnReply() throws Exception {
		var parent = steps.pushOrder("门前垃圾成堆");
		var child = steps.pushOrder("同一处垃圾，又有人反映",
				", \"attachments\": [{\"url\": \"https://12345.example/f/1.jpg\", \"name\": \"现场.jpg\"}]");
		var parentNo = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class,
				parent.caseId());
		steps.act(child.caseId(), "intake", "MERGE", "parentNumber", parentNo);
		assertThat(jdbc.queryForObject("""
				select count(*) from intake_attachment a join caseflow_case c on c.report_id = a.report_id
				where c.id = ? and a.url = 'https://12345.example/f/1.jpg'""", Long.class, parent.caseId())).isEqualTo(1);

		steps.acceptAndRegister(parent.caseId());
		steps.dispatchToClosed(parent.caseId());
		drain();
		assertThat(jdbc.queryForObject("select closed_at is not null from caseflow_case where id = ?", Boolean.class,
				child.caseId())).isTrue();
		assertThat(platform.about(child.orderNo())).filteredOn(r -> r.body().contains("\"type\":\"REPLY\""))
			.singleElement()
			.satisfies(r -> assertThat(r.body()).contains("\"mergedInto\":\"" + parentNo + "\"", "已清理完毕"));
		assertThat(platform.about(parent.orderNo())).filteredOn(r -> r.body().contains("\"type\":\"REPLY\""))
			.hasSize(1);
	}

	@Test
	void anExtendedDeadlineAsksThePlatformForMoreTimeOnce() throws Exception {
		var order = steps.pushOrder("需延期的工单");
		extendOnce(order);
		steps.act(order.caseId(), "handler", "EXTEND_REQUEST", "opinion", "仍需协调", "until",
				steps.dayAfterDue(order.caseId()));
		steps.act(order.caseId(), "dispatcher", "EXTEND_APPROVE");
		drain();
		assertThat(platform.about(order.orderNo())).filteredOn(r -> r.body().contains("EXTENSION_REQUEST"))
			.singleElement()
			.satisfies(r -> assertThat(r.body()).contains("需协调产权单位", "\"requestedReplyDue\""));
	}

	@Test
	void anOrderTheCentreDesignatedCannotBeReturned() throws Exception {
		var designated = steps.pushOrder("指定办理");
		jdbc.update("update hotline_order set designated = true where order_no = ?", designated.orderNo());
		mvc.perform(post("/cases/{id}/actions/REJECT_INTAKE", designated.caseId()).with(as(users, "intake"))
			.with(csrf())
			.param("version", String.valueOf(steps.version(designated.caseId())))
			.param("opinion", "不属于城管职责"))
			.andExpect(flash().attribute("problem", "hotline.error.designated"));
		assertThat(steps.stateOf(designated.caseId())).isEqualTo("REPORTED");

		var notOurs = steps.pushOrder("物业纠纷");
		steps.act(notOurs.caseId(), "intake", "REJECT_INTAKE", "opinion", "物业管理纠纷，不属于城管职责");
		drain();
		assertThat(platform.about(notOurs.orderNo())).singleElement()
			.satisfies(r -> assertThat(r.body()).contains("\"type\":\"RETURN_REQUEST\"", "物业管理纠纷"));
	}

	@Test
	void aRefusedReturnSendsTheCaseBackToIntakeAndTheOrderStaysOurs() throws Exception {
		var order = steps.pushOrder("占道经营投诉");
		mvc.perform(decision(order.orderNo(), "RETURN", "REJECTED", "属于城管职责，请依法处理"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该工单没有待决定的此类申请。"));
		steps.act(order.caseId(), "intake", "REJECT_INTAKE", "opinion", "不属于城管职责");
		mvc.perform(decision(order.orderNo(), "RETURN", "REJECTED", null)).andExpect(status().isBadRequest());
		mvc.perform(decision(order.orderNo(), "RETURN", "REJECTED", "属于城管职责，请依法处理"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURN_REJECTED"));
		assertThat(steps.stateOf(order.caseId())).isEqualTo("REPORTED");
		assertThat(jdbc.queryForObject("""
				select t.opinion from caseflow_transition t where t.case_id = ? and t.action = 'RETURN_REFUSED'""",
				String.class, order.caseId())).isEqualTo("属于城管职责，请依法处理");

		mvc.perform(decision(order.orderNo(), "RETURN", "REJECTED", "属于城管职责，请依法处理"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURN_REJECTED"));
		mvc.perform(decision(order.orderNo(), "RETURN", "APPROVED", null)).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from hotline_decision d join hotline_order o on o.id = d.order_id"
				+ " where o.order_no = ?", Long.class, order.orderNo())).isEqualTo(1);

		mvc.perform(post("/cases/{id}/actions/REJECT_INTAKE", order.caseId()).with(as(users, "intake"))
			.with(csrf())
			.param("version", String.valueOf(steps.version(order.caseId())))
			.param("opinion", "仍认为不属于城管职责"))
			.andExpect(flash().attribute("problem", "hotline.error.designated"));
		steps.acceptAndRegister(order.caseId());
		steps.dispatchToClosed(order.caseId());
		drain();
		assertThat(platform.about(order.orderNo()))
			.extracting(r -> r.body().replaceAll(".*\"type\":\"(\\w+)\".*", "$1"))
			.containsExactly("RETURN_REQUEST", "SIGN", "REPLY");
	}

	@Test
	void anApprovedReturnEndsTheOrder() throws Exception {
		var order = steps.pushOrder("邻里纠纷");
		steps.act(order.caseId(), "intake", "REJECT_INTAKE", "opinion", "民事纠纷，不属于城管职责");
		mvc.perform(decision(order.orderNo(), "RETURN", "APPROVED", null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		assertThat(steps.stateOf(order.caseId())).isEqualTo("REJECTED");
		mvc.perform(decision(order.orderNo(), "EXTENSION", "APPROVED", null)).andExpect(status().isConflict());
		mvc.perform(decision("NO-SUCH-ORDER", "RETURN", "APPROVED", null)).andExpect(status().isNotFound());
	}

	@Test
	void anApprovedExtensionMovesTheReplyDeadline() throws Exception {
		var order = steps.pushOrder("需延期答复的工单");
		extendOnce(order);
		assertThat(orderStatus(order.orderNo())).isEqualTo("EXTENSION_REQUESTED");
		mvc.perform(decision(order.orderNo(), "EXTENSION", "APPROVED", null, "2026-01-01T10:00:00+08:00",
				"2025-12-31T18:00:00+08:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("replyDue"));
		mvc.perform(decision(order.orderNo(), "EXTENSION", "APPROVED", null, "2026-11-20T10:00:00+08:00",
				"2027-01-15T18:00:00+08:00"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXTENDED"));
		assertThat(jdbc.queryForObject("select reply_due_at = '2027-01-15T18:00:00+08:00' from hotline_order"
				+ " where order_no = ?", Boolean.class, order.orderNo())).isTrue();
	}

	@Test
	void anOpenCaseGetsOneProgressReplyOnTheLastWorkingDayBeforeTheReplyIsDue() throws Exception {
		var order = steps.pushOrder("井盖缺失，尚在处置");
		steps.acceptAndRegister(order.caseId());
		assertThat(progress.sweep()).isZero();
		jdbc.update("update hotline_order set reply_due_at = now() + interval '2 hours' where order_no = ?",
				order.orderNo());
		assertThat(progress.sweep()).isEqualTo(1);
		assertThat(progress.sweep()).isZero();
		drain();
		assertThat(platform.about(order.orderNo())).filteredOn(r -> r.body().contains("\"type\":\"PROGRESS\""))
			.singleElement()
			.satisfies(r -> assertThat(r.body()).contains("\"caseStatus\":\"REGISTERED\"", "已立案"));
		assertThat(orderStatus(order.orderNo())).isEqualTo("SIGNED");

		steps.dispatchToClosed(order.caseId());
		drain();
		assertThat(platform.about(order.orderNo())).filteredOn(r -> r.body().contains("\"type\":\"REPLY\""))
			.hasSize(1);
	}

	/** The unit's deadline extended once: the platform is asked for more time. */
	void extendOnce(CaseSteps.Order order) throws Exception {
		steps.acceptAndRegister(order.caseId());
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		steps.act(order.caseId(), "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		steps.act(order.caseId(), "handler", "SIGN_FOR");
		steps.act(order.caseId(), "handler", "EXTEND_REQUEST", "opinion", "需协调产权单位", "until",
				steps.dayAfterDue(order.caseId()));
		steps.act(order.caseId(), "dispatcher", "EXTEND_APPROVE");
	}

	String orderStatus(String orderNo) {
		return jdbc.queryForObject("select status from hotline_order where order_no = ?", String.class, orderNo);
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder decision(String orderNo,
			String request, String decision, String reason) {
		return decision(orderNo, request, decision, reason, "2026-11-20T10:00:00+08:00", null);
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder decision(String orderNo,
			String request, String decision, String reason, String decidedAt, String replyDue) {
		return post("/api/hotline/work-orders/{no}/decisions", orderNo).header("X-Api-Key", "demo-12345-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"platform": "12345", "request": "%s", "decision": "%s", %s %s "decidedAt": "%s"}"""
				.formatted(request, decision, reason == null ? "" : "\"reason\": \"" + reason + "\",",
						replyDue == null ? "" : "\"replyDue\": \"" + replyDue + "\",", decidedAt));
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder visit(String orderNo, String result,
			String reason) {
		return post("/api/hotline/work-orders/{no}/visits", orderNo).header("X-Api-Key", "demo-12345-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"platform": "12345", "result": "%s", %s "visitedAt": "2026-11-30T10:00:00+08:00"}"""
				.formatted(result, reason == null ? "" : "\"reason\": \"" + reason + "\","));
	}
}
