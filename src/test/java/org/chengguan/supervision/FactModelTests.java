package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.caseflow.CaseStatus;
import org.chengguan.caseflow.CaseSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model fed by the case loop and the hotline: each case's counted facts commit with the change that made
 * them, a replayed event counts nothing twice, and after a random workload the nightly check finds no difference
 * from the workflow tables.
 */
@ChengguanIntegrationTest
class FactModelTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FactStore store;

	@Autowired
	FactMaintenance maintenance;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	CaseSteps steps;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
	}

	Tally tallyOf(long caseId) {
		return store.load(List.of(caseId)).get(0).tally();
	}

	@Test
	void aHotlineCaseClosedOnTimeAndVisitedCountsInEveryStageItWentThrough() throws Exception {
		var order = steps.pushOrder("统计：门前暴露垃圾");
		assertThat(tallyOf(order.caseId())).isEqualTo(IndicatorTests.tally("cases=1 orders=1 ordersDue=1"));

		steps.acceptAndRegister(order.caseId());
		steps.dispatchToClosed(order.caseId());
		mvc.perform(post("/api/hotline/work-orders/{no}/visits", order.orderNo()).header("X-Api-Key", "demo-12345-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"platform": "12345", "result": "SATISFIED", "resolved": true,
					 "visitedAt": "2026-11-30T10:00:00+08:00"}"""))
			.andExpect(status().isOk());

		var tally = tallyOf(order.caseId());
		assertThat(tally).extracting(Tally::reported, Tally::acceptedOnTime, Tally::registered, Tally::registeredOnTime,
				Tally::dispatched, Tally::dispatchedOnTime, Tally::disposed, Tally::disposedOnTime, Tally::checked,
				Tally::passedFirstCheck, Tally::closed, Tally::closedOnTime, Tally::disposeCount)
			.containsOnly(1L);
		assertThat(tally).extracting(Tally::orders, Tally::ordersSignedOnTime, Tally::ordersReplied, Tally::visits,
				Tally::resolved, Tally::satisfied)
			.containsOnly(1L);
		assertThat(tally).extracting(Tally::cancelled, Tally::onHold, Tally::reworked, Tally::extended,
				Tally::misrouted, Tally::overdueOpen, Tally::patrolFound, Tally::basicallySatisfied)
			.containsOnly(0L);
	}

	@Test
	void aReplayedEventChangesNoFactAndNoRollup() throws Exception {
		var order = steps.pushOrder("统计：重放事件");
		steps.acceptAndRegister(order.caseId());
		maintenance.roll();
		var day = LocalDate.now(ZONE);
		var before = rollups(day);
		var fact = tallyOf(order.caseId());

		for (var i = 0; i < 2; i++) {
			transaction.executeWithoutResult(tx -> events.publishEvent(new CaseEvents.CaseMoved(order.caseId(), "AJ",
					0, CaseAction.REGISTER, CaseStatus.ACCEPTED, CaseStatus.REGISTERED, "replay", null, Instant.now(),
					new CaseEvents.Parties(null, null, null, null, null, 3), null)));
		}

		assertThat(jdbc.queryForObject("select dirty from supervision_case_fact where case_id = ?", Boolean.class,
				order.caseId())).isFalse();
		assertThat(tallyOf(order.caseId())).isEqualTo(fact);
		maintenance.roll();
		assertThat(rollups(day)).isEqualTo(before);
	}

	@Test
	void aCaseMovedInARolledBackTransactionLeavesNoFact() {
		var caseId = jdbc.queryForObject("select min(id) from caseflow_case", Long.class);
		var fact = tallyOf(caseId);
		jdbc.update("update supervision_case_fact set cases = 0 where case_id = ?", caseId);
		transaction.executeWithoutResult(tx -> {
			events.publishEvent(new CaseEvents.CaseMoved(caseId, "AJ", 0, CaseAction.REPORT, null,
					CaseStatus.REPORTED, "rollback", null, Instant.now(), new CaseEvents.Parties(null, null, null,
							null, null, 1), null));
			tx.setRollbackOnly();
		});
		assertThat(tallyOf(caseId).cases()).isZero();
		jdbc.update("update supervision_case_fact set cases = 1 where case_id = ?", caseId);
		assertThat(tallyOf(caseId)).isEqualTo(fact);
	}

	@Test
	void afterARandomWorkloadTheNightlyCheckFindsNoDifference() throws Exception {
		var random = new Random(20261201L);
		var cases = new ArrayList<Long>();
		// other tests move their cases by SQL behind the loop's back; this one checks its own workload
		var before = jdbc.queryForObject("select coalesce(max(id), 0) from caseflow_case", Long.class);
		for (var i = 0; i < 14; i++) {
			var order = steps.pushOrder("统计：随机工作量 " + i);
			cases.add(order.caseId());
			walk(order, random.nextInt(7));
		}
		var today = LocalDate.now(ZONE);

		var check = maintenance.check(today.minusYears(2), today.plusDays(1), before);

		assertThat(check.sample()).isEmpty();
		assertThat(check.clean()).isTrue();
		assertThat(check.cases()).isEqualTo(cases.size());
		assertThat(jdbc.queryForObject("select count(*) from supervision_check_run where fact_differences = 0",
				Integer.class)).isPositive();

		jdbc.update("update supervision_case_fact set closed = closed + 1 where case_id = ?", cases.get(0));
		var broken = maintenance.check(today.minusYears(2), today.plusDays(1), before);
		assertThat(broken.factDifferences()).isEqualTo(1);
		assertThat(broken.sample()).containsExactly("case " + cases.get(0));
		jdbc.update("update supervision_case_fact set closed = closed - 1 where case_id = ?", cases.get(0));
	}

	/** One of seven ways a case goes. */
	private void walk(CaseSteps.Order order, int way) throws Exception {
		var id = order.caseId();
		if (way == 0) {
			return;
		}
		steps.acceptAndRegister(id);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		switch (way) {
			case 1 -> steps.dispatchToClosed(id);
			case 2 -> {
				steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
				steps.act(id, "handler", "RETURN", "opinion", "不属于本单位职责");
			}
			case 3 -> {
				steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
				steps.act(id, "handler", "SIGN_FOR");
				steps.actWithPhoto(id, "handler", "REPORT_BACK");
				steps.act(id, "intake", "SEND_CHECK");
				steps.act(id, "grid01", "CHECK_FAIL", "opinion", "仍有垃圾");
				steps.disposeToClosed(id);
			}
			case 4 -> {
				steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
				steps.act(id, "handler", "EXTEND_REQUEST", "opinion", "需协调产权单位", "until", steps.dayAfterDue(id));
				steps.act(id, "dispatcher", "EXTEND_APPROVE");
			}
			case 5 -> {
				steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
				steps.act(id, "handler", "SIGN_FOR");
				steps.act(id, "handler", "HOLD_REQUEST", "opinion", "待道路改造", "until",
						LocalDate.now(ZONE).plusMonths(2).toString());
				steps.act(id, "shift", "HOLD_APPROVE");
			}
			default -> {
				steps.act(id, "intake", "CANCEL_REQUEST", "opinion", "重复上报");
				steps.act(id, "shift", "CANCEL", "opinion", "重复上报");
			}
		}
	}

	private List<java.util.Map<String, Object>> rollups(LocalDate day) {
		return jdbc.queryForList("select * from supervision_rollup where day = ? order by grouping, group_key, appealed",
				day);
	}
}
