package org.chengguan.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.FakeEndpoint;
import org.chengguan.TestLogins;
import org.chengguan.party.PartyManagement;
import org.chengguan.penalty.EnforcementManagement;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.RemedyKind;
import org.chengguan.penalty.RemedyOutcome;
import org.chengguan.penalty.ServedDecisions;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 信用推送 on the real database with a fake credit platform: a served decision is classified by the table and pushed
 * (retried while the platform is down, its receipt kept), a 复议 that changes it has it withdrawn after the push, and
 * the 法制股 keeps the table on its desk.
 */
@ChengguanIntegrationTest
class CreditJourneyTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	CreditManagement credit;

	@Autowired
	CreditOutboxSender sender;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	EnforcementManagement enforcement;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	long version(long id) {
		return jdbc.queryForObject("select version from penalty_proceeding where id = ?", Long.class, id);
	}

	org.chengguan.staff.Actor officer() {
		var id = jdbc.queryForObject("select id from staff_member where username = 'officer01'", Long.class);
		return new org.chengguan.staff.Actor(id, "officer01", "officer01");
	}

	@Test
	void aServedDecisionIsClassifiedPushedWithItsReceiptAndWithdrawnWhenAReviewChangesIt() throws Exception {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).served();
		var record = credit.of(id).orElseThrow();
		// the fixture's decision is 从重 (SERIOUS): row 30 of the starting table
		assertThat(record.getClassification()).isEqualTo(CreditClass.SERIOUS);
		assertThat(record.getReason()).isEqualTo(CreditClassifier.Reason.RULE);
		assertThat(record.getPushDue()).isAfter(LocalDate.now(ZONE));
		assertThat(record.getRepairableFrom()).isEqualTo(LocalDate.now(ZONE).plusYears(1));

		try (var platform = new FakeEndpoint("XY")) {
			jdbc.update("update credit_outbox set next_attempt_at = now() where sent_at is null");
			platform.down(true);
			sender.sendBatch(platform.endpoint());
			assertThat(credit.of(id).orElseThrow().getPushedAt()).isNull();
			platform.down(false);
			jdbc.update("update credit_outbox set next_attempt_at = now() where sent_at is null");
			sender.sendBatch(platform.endpoint());
			var pushed = platform.received().stream().filter(r -> r.idempotencyKey().endsWith(record.getProceedingNumber()))
				.toList();
			assertThat(pushed).singleElement().satisfies(r -> assertThat(r.body()).contains("\"type\":\"PUSH\"",
					"\"classification\":\"SERIOUS\"", "赵烧烤", "110105", "露天烧烤"));
			assertThat(credit.of(id).orElseThrow().getPushReceipt()).contains("XY");

			// a second drain sends nothing again
			sender.sendBatch(platform.endpoint());
			assertThat(platform.received().stream().filter(r -> r.idempotencyKey().endsWith(record.getProceedingNumber())))
				.hasSize(1);

			var today = LocalDate.now(ZONE);
			enforcement.recordRemedy(id, version(id), RemedyKind.RECONSIDERATION, today, "示范市人民政府", null, officer(),
					staff.scopeOf(officer().id()));
			enforcement.decideRemedy(id, version(id), RemedyOutcome.CHANGED, today, "复议决定变更罚款数额", null, officer(),
					staff.scopeOf(officer().id()));
			assertThat(credit.of(id).orElseThrow().getWithdrawDue()).isAfterOrEqualTo(today);
			sender.sendBatch(platform.endpoint());
			assertThat(platform.received()).anySatisfy(r -> assertThat(r.body()).contains("\"type\":\"WITHDRAW\"",
					record.getProceedingNumber(), "CHANGED"));
			assertThat(credit.of(id).orElseThrow().getWithdrawnAt()).isNotNull();
		}
	}

	@Test
	void aWithdrawalWaitsForItsPushAndNothingGoesWithoutAPlatform() {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).served();
		var today = LocalDate.now(ZONE);
		enforcement.recordRemedy(id, version(id), RemedyKind.SUIT, today, "示范区人民法院", null, officer(),
				staff.scopeOf(officer().id()));
		enforcement.decideRemedy(id, version(id), RemedyOutcome.REVOKED, today, "判决撤销", null, officer(),
				staff.scopeOf(officer().id()));
		var recordId = credit.of(id).orElseThrow().getId();
		jdbc.update("update credit_outbox set next_attempt_at = now() where record_id = ?", recordId);
		sender.sendBatch(null);
		// no platform: the push failed and is retried later; its withdrawal was not even tried
		assertThat(jdbc.queryForList("select kind, attempts from credit_outbox where record_id = ? order by id",
				recordId)).extracting(row -> row.get("kind") + ":" + row.get("attempts"))
			.containsExactly("PUSH:1", "WITHDRAW:0");
	}

	@Test
	void theLegalSectionKeepsTheTableAndOthersCannot() throws Exception {
		assertThat(mvc.perform(get("/credit").with(TestLogins.as(users, "legal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"credit-rules\"", "id=\"credit-rule-form\"", "严重失信");
		mvc.perform(get("/credit").with(TestLogins.as(users, "officer01"))).andExpect(status().isForbidden());
		var rules = jdbc.queryForObject("select count(*) from credit_rule", Long.class);
		mvc.perform(post("/credit/rules").param("seq", "0").param("classification", "SERIOUS").param("note", "x")
			.with(csrf())
			.with(TestLogins.as(users, "legal")))
			.andExpect(flash().attribute("problem", "credit.error.form"));
		mvc.perform(post("/credit/rules").param("seq", "5").param("classification", "SERIOUS").param("note", "x")
			.with(csrf())
			.with(TestLogins.as(users, "director")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from credit_rule", Long.class)).isEqualTo(rules);
		mvc.perform(post("/credit/rules").param("seq", "5")
			.param("benchmarkCode", "WJ-64-01")
			.param("minFine", "10000")
			.param("classification", "SERIOUS")
			.param("note", "违法建设罚款一万元以上的，为严重失信")
			.with(csrf())
			.with(TestLogins.as(users, "legal")))
			.andExpect(flash().attribute("notice", "credit.ruleAdded"));
		var added = jdbc.queryForObject("select id from credit_rule where benchmark_code = 'WJ-64-01'", Long.class);
		mvc.perform(post("/credit/rules/" + added + "/disable").with(csrf()).with(TestLogins.as(users, "legal")))
			.andExpect(flash().attribute("notice", "credit.ruleDisabled"));
		assertThat(jdbc.queryForObject("select enabled from credit_rule where id = ?", Boolean.class, added)).isFalse();
	}
}
