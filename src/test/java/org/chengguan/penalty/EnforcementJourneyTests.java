package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.documents.DocumentKind;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.documents.IssuedDocument;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Remedies and the court on the real database: a decision served eight months ago and left unpaid gets its 催告书 with
 * the amount owed, the hard alert once a month before the court's window closes, the 行政强制执行申请书 signed by a
 * 负责人, and closes once the court has enforced it; a decision a 复议 changes has its 公示 queued for withdrawal; a
 * decision near the end of its 7 days unserved raises its alert once.
 */
@ChengguanIntegrationTest
class EnforcementJourneyTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	EnforcementManagement enforcement;

	@Autowired
	ExecutionClock clock;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	DocumentManagement documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	ProceedingFixtures fixtures() {
		return new ProceedingFixtures(penalties, parties, staff, jdbc);
	}

	ServedDecisions decisions() {
		return new ServedDecisions(penalties, execution, parties, staff, jdbc);
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	String statusOf(long id) {
		return jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id);
	}

	long alerts(long id, String kind) {
		return jdbc.queryForObject("""
				select count(*) from notification where proceeding_id = ? and kind = 'PENALTY_ALERT' and ref = ?""",
				Long.class, id, "alert:" + kind);
	}

	String text(long id, DocumentKind kind) throws IOException {
		IssuedDocument document = documents.of(ProceedingDocuments.SUBJECT, id).stream()
			.filter(d -> d.getKind() == kind)
			.findFirst()
			.orElseThrow();
		try (var in = documents.open(document); var pdf = Loader.loadPDF(in.readAllBytes())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
	}

	@Test
	void anUnpaidFineIsRemindedAlertedTakenToTheCourtAndClosedOnceTheCourtHasEnforcedIt() throws Exception {
		var f = fixtures();
		var served = today().minusMonths(8).minusDays(5);
		var id = decisions().servedAt(served.atTime(10, 0).atZone(ZONE).toInstant());
		// served more than six months ago: the time to sue has run out; the 催告书 was served three weeks ago
		var reminded = today().minusWeeks(3);
		assertThatThrownBy(() -> enforcement.serveReminder(id, f.version(id), today().plusDays(1), ServiceMethod.DIRECT,
				f.actor("officer01"), f.scope("officer01"))).hasMessage("penalty.enforcement.error.servedOn");
		enforcement.serveReminder(id, f.version(id), reminded, ServiceMethod.DIRECT, f.actor("officer01"),
				f.scope("officer01"));
		assertThat(statusOf(id)).isEqualTo("REMINDED");
		var reminder = text(id, DocumentKind.REMINDER);
		assertThat(reminder).contains("催告书", "城管催〔", "赵烧烤", "十个工作日内")
			// the surcharge has reached the fine: 3,000 + 3,000
			.contains("合计人民币6,000.00元", "陆仟元整");

		// a month before the window closes the officers, their squad's leader and the 法制股 hear of it — once
		clock.scan();
		clock.scan();
		var officer = f.actor("officer01").id();
		assertThat(alerts(id, "COURT_WINDOW")).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.queryForObject("""
				select count(*) from notification where proceeding_id = ? and recipient_id = ? and kind = 'PENALTY_ALERT'""",
				Long.class, id, officer)).isEqualTo(1);

		// the application: every material, by a 负责人 who is not one of the case's officers
		assertThatThrownBy(() -> enforcement.applyToCourt(id, f.version(id), "示范区人民法院", java.util.Set.of(),
				f.actor("director"), f.scope("director"))).hasMessage("penalty.enforcement.error.materials");
		assertThat(statusOf(id)).isEqualTo("REMINDED");
		enforcement.applyToCourt(id, f.version(id), "示范区人民法院", EnforcementMaterial.all(), f.actor("director"),
				f.scope("director"));
		assertThat(statusOf(id)).isEqualTo("ENFORCEMENT_APPLIED");
		var application = text(id, DocumentKind.ENFORCEMENT_APPLICATION);
		assertThat(application).contains("行政强制执行申请书", "城管强申〔", "示范区人民法院：", "赵烧烤", "第五十五条",
				"当事人的意见及催告情况", "负责人（签名）：" + staff.summaries(java.util.Set.of(f.actor("director").id()))
					.get(0)
					.name());

		enforcement.recordCourt(id, f.version(id), CourtStep.ACCEPTED, today(), "（2026）示0102行审1号", null,
				f.actor("officer01"), f.scope("officer01"));
		enforcement.recordCourt(id, f.version(id), CourtStep.GRANTED, today(), null, null, f.actor("officer01"),
				f.scope("officer01"));
		enforcement.recordCourt(id, f.version(id), CourtStep.EXECUTED, today(), null, "执行到位", f.actor("officer01"),
				f.scope("officer01"));
		assertThat(statusOf(id)).isEqualTo("ENFORCED");
		penalties.act(id, f.version(id), ProceedingAction.REQUEST_CLOSE, "经法院强制执行完毕", f.actor("officer01"),
				f.scope("officer01"));
		penalties.act(id, f.version(id), ProceedingAction.APPROVE_CLOSE, null, f.actor("deputy"), f.scope("deputy"));
		assertThat(text(id, DocumentKind.CLOSING_REPORT)).contains("经申请示范区人民法院强制执行", "执行完毕或终结");
	}

	@Test
	void aReviewPausesTheSurchargeAndADecisionItChangesHasItsDisclosureQueuedForWithdrawal() {
		var f = fixtures();
		var served = today().minusDays(40);
		var id = decisions().servedAt(served.atTime(10, 0).atZone(ZONE).toInstant());
		var filed = served.plusDays(10);
		enforcement.recordRemedy(id, f.version(id), RemedyKind.RECONSIDERATION, filed, "示范市人民政府", "示政复〔2026〕1号",
				f.actor("officer01"), f.scope("officer01"));
		// filed before the fine was due: nothing accrues while it is pending
		assertThat(execution.amountDue(id, today())).isEqualByComparingTo("3000");
		assertThat(jdbc.queryForObject("select withdraw_due from disclosure_notice where proceeding_id = ?",
				LocalDate.class, id)).isNull();
		enforcement.decideRemedy(id, f.version(id), RemedyOutcome.CHANGED, today(), "复议决定变更罚款为二千元",
				new java.math.BigDecimal("2000"), f.actor("officer01"), f.scope("officer01"));
		// what the bank is to collect is the changed fine
		assertThat(execution.amountDue(id, today())).isEqualByComparingTo("2000");
		// 《行政处罚法》第四十八条第二款：withdrawn within 3 working days
		assertThat(jdbc.queryForObject("select withdraw_due from disclosure_notice where proceeding_id = ?",
				LocalDate.class, id)).isAfterOrEqualTo(today());
		assertThat(jdbc.queryForMap("select outcome, note from penalty_remedy where proceeding_id = ?", id))
			.isEqualTo(Map.of("outcome", "CHANGED", "note", "复议决定变更罚款为二千元"));
	}

	@Test
	void thePageShowsTheDaysThatMatterAndABadRemedyIsRefusedWithNothingStored() throws Exception {
		var f = fixtures();
		var id = decisions().servedAt(today().minusMonths(7).atTime(10, 0).atZone(ZONE).toInstant());
		var page = mvc.perform(get("/penalties/" + id).with(TestLogins.as(users, "officer01")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"enforcement-dates\"", "id=\"action-SERVE_REMINDER\"",
				"id=\"action-RECORD_REMEDY\"", "可以送达催告书");
		// the officers' page offers no application to the court: that is a 负责人's
		assertThat(page).doesNotContain("id=\"action-APPLY_ENFORCEMENT\"");

		var rows = jdbc.queryForObject("select count(*) from penalty_remedy", Long.class);
		mvc.perform(post("/penalties/" + id + "/actions/RECORD_REMEDY").param("version", "" + f.version(id))
			.param("remedyKind", "RECONSIDERATION")
			.param("day", today().plusDays(3).toString())
			.param("body", "示范市人民政府")
			.with(csrf())
			.with(TestLogins.as(users, "officer01")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "penalty.remedy.error.filedOn"));
		mvc.perform(post("/penalties/" + id + "/actions/RECORD_REMEDY").param("version", "" + f.version(id))
			.param("remedyKind", "APPEAL")
			.param("day", today().toString())
			.with(csrf())
			.with(TestLogins.as(users, "officer01")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "penalty.error.form"));
		assertThat(jdbc.queryForObject("select count(*) from penalty_remedy", Long.class)).isEqualTo(rows);

		mvc.perform(post("/penalties/" + id + "/actions/RECORD_REMEDY").param("version", "" + f.version(id))
			.param("remedyKind", "SUIT")
			.param("day", today().toString())
			.param("body", "示范区人民法院")
			.param("reference", "（2026）示0102行初5号")
			.with(csrf())
			.with(TestLogins.as(users, "officer01")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "penalty.done.RECORD_REMEDY"));
		assertThat(mvc.perform(get("/penalties/" + id).with(TestLogins.as(users, "officer01")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"remedies\"", "（2026）示0102行初5号", "审理中",
					"id=\"blocked-SERVE_REMINDER\"");
	}

	@Test
	void aDecisionUnservedTwoWorkingDaysBeforeItsSevenDaysEndRaisesItsAlertOnce() {
		var id = fixtures().decided();
		clock.scan();
		assertThat(alerts(id, "SERVICE")).isZero();
		// its seven working days end today
		jdbc.update("update penalty_period set due_on = ? where proceeding_id = ? and kind = 'SERVICE'", today(), id);
		clock.scan();
		clock.scan();
		var officer = fixtures().actor("officer01").id();
		assertThat(jdbc.queryForObject("""
				select count(*) from notification where proceeding_id = ? and recipient_id = ? and ref = 'alert:SERVICE'""",
				Long.class, id, officer)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from penalty_alert where proceeding_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void aPlanIsDecidedByAPrincipalWithItsFormAndNoticeAndTheBankIsOwedByItsDates() throws Exception {
		var f = fixtures();
		var id = decisions().served();
		var first = today().plusMonths(1);
		var second = today().plusMonths(2);
		enforcement.requestPlan(id, f.version(id), List.of(new Instalment(1, first, new java.math.BigDecimal("1000")),
				new Instalment(2, second, new java.math.BigDecimal("2000"))), "经营亏损，申请分两期缴纳",
				f.actor("officer01"), f.scope("officer01"));
		enforcement.decidePlan(id, f.version(id), true, "同意", f.actor("director"), f.scope("director"));
		var form = text(id, DocumentKind.PLAN_APPROVAL);
		assertThat(form).contains("延期（分期）缴纳罚款审批表", "城管缓批〔", "赵烧烤", "分2期缴纳罚款", "经营亏损", "同意");
		var notice = text(id, DocumentKind.PLAN_NOTICE);
		assertThat(notice).contains("延期（分期）缴纳罚款通知书", "第六十六条第二款", "人民币1,000.00元", "人民币2,000.00元",
				"第七十二条");
		// nothing is late before the first date; a day after it the first sum bears 3 %
		assertThat(execution.amountDue(id, first)).isEqualByComparingTo("3000");
		assertThat(execution.amountDue(id, first.plusDays(1))).isEqualByComparingTo("3030");

		var refused = decisions().served();
		enforcement.requestPlan(refused, f.version(refused), List.of(new Instalment(1, first,
				new java.math.BigDecimal("3000"))), "暂无收入", f.actor("officer01"), f.scope("officer01"));
		enforcement.decidePlan(refused, f.version(refused), false, "未提供困难证明", f.actor("director"),
				f.scope("director"));
		assertThat(text(refused, DocumentKind.PLAN_NOTICE)).contains("不予批准", "未提供困难证明", "仍应于");
	}
}
