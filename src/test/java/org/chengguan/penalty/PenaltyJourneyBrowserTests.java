package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.function.Consumer;

import org.chengguan.Browser;
import org.chengguan.TestCases;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.IntakeManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10: a 普通程序 proceeding as its people work it in the browser — (a) two officers of a squad make a 露天烧烤
 * patrol case a lead, investigate and conclude; the T3 route runs 中队长 → 法制股 → 分管领导 with one return for
 * 补充调查; the 告知 is served, the window passes and the 分管领导 decides; (b) a T4 case where the party asks for a
 * hearing: it is held by the 法制股, the 法制审核 passes, the 班子 discusses with a quorum and the 局长 decides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PenaltyJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeManagement intake;

	@Autowired
	WorkingCalendar calendar;

	Browser browser;

	@BeforeEach
	void start() throws Exception {
		assumeTrue(Browser.available(), "Debian chromium is not installed");
		browser = new Browser(port);
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void anOpenAirBarbecueGoesTheT3RouteWithOneReturnAndIsDecidedByTheDeputy() throws Exception {
		var caseId = patrolCase("officer01", "和平路夜市路口有人在禁止区域露天烧烤，油烟扰民");
		browser.signIn("officer01");
		browser.open("/cases/" + caseId);
		browser.click(browser.find("#new-lead-from-case"));
		var id = openLead("11010519491231002X", "赵建国", "enforcer01");
		assertThat(browser.find("#source-case").getDomAttribute("href")).endsWith("/cases/" + caseId);

		act(id, "REQUEST_FILING", form -> { });
		browser.signIn("deputy");
		act(id, "APPROVE_FILING", form -> form.findElement(By.name("opinion")).sendKeys("同意立案"));
		browser.signIn("officer01");
		addInterview(id, "enforcer01", "当事人承认在禁止区域内使用两个烤炉露天烧烤。");
		conclude(id, "3000", "SERIOUS");
		act(id, "SUBMIT", form -> { });
		assertThat(browser.find("main").getText()).contains("T3");

		browser.signIn("squad01");
		assertThat(Integer.parseInt(browser.find("#penalty-count").getText())).isPositive();
		act(id, "APPROVE", form -> form.findElement(By.name("opinion")).sendKeys("事实清楚，同意"));
		browser.signIn("legal");
		browser.open("/penalties/approvals");
		browser.find("#proceedings a[href$='/penalties/" + id + "']");
		act(id, "RETURN", form -> form.findElement(By.name("opinion")).sendKeys("请补充烤炉数量的现场照片和笔录"));
		assertThat(status(id)).isEqualTo("INVESTIGATING");

		browser.signIn("officer01");
		addInterview(id, "enforcer01", "补充：现场两个烤炉，已拍照固定。");
		conclude(id, "3000", "SERIOUS");
		act(id, "SUBMIT", form -> { });
		browser.signIn("squad01");
		act(id, "APPROVE", form -> { });
		browser.signIn("legal");
		act(id, "APPROVE", form -> form.findElement(By.name("opinion")).sendKeys("证据已补充，同意"));
		browser.signIn("deputy");
		act(id, "APPROVE", form -> form.findElement(By.name("opinion")).sendKeys("同意告知"));
		assertThat(status(id)).isEqualTo("NOTICE_PENDING");

		browser.signIn("officer01");
		act(id, "SERVE_NOTICE", form -> pick(form, "secondOfficerId", "enforcer01"));
		browser.open("/penalties/" + id);
		assertThat(browser.driver.findElements(By.id("action-END_STATEMENT_PERIOD"))).isEmpty();
		assertThat(browser.find("#blocked-END_STATEMENT_PERIOD").getText()).contains("第六十二条");
		statementWindowPassed(id);
		act(id, "END_STATEMENT_PERIOD", form -> { });

		browser.signIn("deputy");
		act(id, "DECIDE", form -> { });
		assertThat(status(id)).isEqualTo("DECIDED");
		browser.screenshot("penalty-t3-decided");
		assertThat(jdbc.queryForList("""
				select a.level || ':' || a.decision from penalty_approval a where a.proceeding_id = ? order by a.id""",
				String.class, id)).containsExactly("SQUAD_REVIEW:APPROVED", "LEGAL_REVIEW:RETURNED",
						"SQUAD_REVIEW:APPROVED", "LEGAL_REVIEW:APPROVED", "DEPUTY_APPROVAL:APPROVED");
		// the party's record names the violation it was fined for
		browser.open("/parties/" + jdbc.queryForObject("select party_id from penalty_proceeding where id = ?",
				Long.class, id));
		assertThat(browser.find("#violations").getText()).contains("DQ-118-03");
	}

	@Test
	void aHearingIsHeldAndTheDirectorDecidesAfterTheCollectiveDiscussion() throws Exception {
		var caseId = patrolCase("officer01", "步行街口多个烤炉露天烧烤，屡教不改");
		browser.signIn("officer01");
		browser.open("/penalties/new?case=" + caseId);
		var id = openLead("110101200801011230", "钱多多", "enforcer01");
		act(id, "REQUEST_FILING", form -> { });
		browser.signIn("director");
		act(id, "APPROVE_FILING", form -> { });
		browser.signIn("officer01");
		addInterview(id, "enforcer01", "当事人承认为他人露天烧烤提供场地，现场烤炉五个。");
		conclude(id, "8000", "SERIOUS");
		act(id, "SUBMIT", form -> { });
		// 罚款 8,000 元 reaches the hearing threshold of 5,000 yuan: 集体讨论 after the 告知.
		assertThat(browser.find("main").getText()).contains("T4");
		for (var approver : List.of("squad01", "legal", "deputy")) {
			browser.signIn(approver);
			act(id, "APPROVE", form -> { });
		}
		browser.signIn("officer01");
		act(id, "SERVE_NOTICE", form -> pick(form, "secondOfficerId", "enforcer01"));
		act(id, "REQUEST_HEARING", form -> { });

		browser.signIn("legal");
		var today = calendar.today();
		// 《行政处罚法》第六十四条：听证七日前通知 — ten working days ahead, so that the day of the week the test runs on
		// cannot bring it under
		var hearingDay = today;
		for (int workingDays = 0; workingDays < 10 || !calendar.isWorkingDay(hearingDay);) {
			hearingDay = hearingDay.plusDays(1);
			workingDays += calendar.isWorkingDay(hearingDay) ? 1 : 0;
		}
		var day = hearingDay;
		act(id, "SCHEDULE_HEARING", form -> {
			browser.driver.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("hearingAt")),
					day + "T09:30");
			form.findElement(By.name("place")).sendKeys("区城管局听证室");
			pick(form, "hostId", "legal2");
			browser.setDate(form.findElement(By.name("notifiedOn")), today.toString());
		});
		assertThat(status(id)).isEqualTo("HEARING_SCHEDULED");
		// The day of the hearing comes.
		jdbc.update("update penalty_proceeding set hearing_at = now() - interval '1 hour' where id = ?", id);

		browser.signIn("legal2");
		act(id, "HOLD_HEARING", form -> {
			form.findElement(By.name("content")).sendKeys("当事人到场，陈述：场地系亲属经营。调查人员出示证据，当事人质证。");
			pick(form, "secondOfficerId", "legal");
		});
		browser.signIn("legal");
		act(id, "PASS_REVIEW", form -> form.findElement(By.name("opinion")).sendKeys("听证意见已考虑，事实清楚"));
		assertThat(status(id)).isEqualTo("COLLECTIVE_DISCUSSION");

		browser.signIn("director");
		act(id, "RECORD_DISCUSSION", form -> {
			form.findElement(By.name("attendees")).sendKeys(nameOf("director") + "\n" + nameOf("deputy") + "\n班子成员丙");
			form.findElement(By.name("members")).sendKeys("5");
			form.findElement(By.name("content")).sendKeys("局长：同意\n分管领导：同意\n班子成员丙：同意");
			form.findElement(By.name("opinion")).sendKeys("同意罚款 8,000 元");
		});
		act(id, "DECIDE", form -> { });
		assertThat(status(id)).isEqualTo("DECIDED");
		browser.screenshot("penalty-t4-decided");
		assertThat(jdbc.queryForObject("""
				select m.username from penalty_proceeding p join staff_member m on m.id = p.signed_by_id
				where p.id = ?""", String.class, id)).isEqualTo("director");
		// the hearing's and the discussion's documents, from what was entered on the way
		assertThat(text(id, org.chengguan.documents.DocumentKind.HEARING_NOTICE)).contains("听证通知书", "第六十四条");
		assertThat(text(id, org.chengguan.documents.DocumentKind.HEARING_REPORT)).contains("听证报告", "场地系亲属经营");
		assertThat(text(id, org.chengguan.documents.DocumentKind.DISCUSSION_RECORD)).contains("重大案件集体讨论记录",
				"应到5人", "同意罚款8,000元");
		assertThat(text(id, org.chengguan.documents.DocumentKind.LEGAL_OPINION)).contains("法制审核意见书",
				"听证意见已考虑");
	}

	@Autowired
	org.chengguan.documents.DocumentManagement documents;

	String text(long id, org.chengguan.documents.DocumentKind kind) throws java.io.IOException {
		var document = documents.of("penalty", id).stream().filter(d -> d.getKind() == kind)
			.reduce((first, later) -> later).orElseThrow();
		try (var in = documents.open(document); var pdf = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
	}

	long patrolCase(String officer, String description) {
		return TestCases.barbecueOnPatrol(jdbc, intake, officer, description);
	}

	/** Fills the lead form (opened from the case) for a person and returns the new proceeding's id. */
	long openLead(String idNumber, String name, String second) {
		var form = browser.find("#lead-form");
		form.findElement(By.name("idNumber")).sendKeys(idNumber);
		form.findElement(By.name("name")).sendKeys(name);
		form.findElement(By.name("address")).sendKeys("和平路 18 号");
		form.findElement(By.name("phone")).sendKeys("13800000000");
		pick(form, "coHandlerId", second);
		browser.click(form.findElement(By.cssSelector("button[type=submit]")));
		browser.wait.until(ExpectedConditions.stalenessOf(form));
		var number = browser.find("#proceeding-number").getText();
		return jdbc.queryForObject("select id from penalty_proceeding where number = ?", Long.class, number);
	}

	void addInterview(long id, String second, String content) {
		act(id, "ADD_RECORD", form -> {
			new Select(form.findElement(By.name("kind"))).selectByValue("INQUIRY");
			form.findElement(By.name("title")).sendKeys("询问笔录");
			form.findElement(By.name("content")).sendKeys(content);
			form.findElement(By.name("files")).sendKeys(browser.photo.toString());
			pick(form, "secondOfficerId", second);
		});
	}

	void conclude(long id, String fine, String level) {
		act(id, "CONCLUDE", form -> {
			new Select(form.findElement(By.name("benchmarkId"))).selectByVisibleText(
					new Select(form.findElement(By.name("benchmarkId"))).getOptions().stream()
						.map(WebElement::getText).filter(t -> t.startsWith("DQ-118-03")).findFirst().orElseThrow());
			new Select(form.findElement(By.name("level"))).selectByValue(level);
			form.findElement(By.name("fine")).sendKeys(fine);
			form.findElement(By.name("correctionOrder")).sendKeys("立即停止在禁止区域内露天烧烤");
			form.findElement(By.name("reasons")).sendKeys("一年内再次违法，使用两个烤炉，适用较重阶次");
		});
	}

	/** Opens the action's form on the proceeding page, fills it, submits it and expects the notice that it was done. */
	void act(long id, String action, Consumer<WebElement> fill) {
		browser.open("/penalties/" + id);
		var form = browser.find("#action-" + action);
		if (form.getDomAttribute("open") == null) {
			browser.click(form.findElement(By.tagName("summary")));
		}
		fill.accept(form);
		browser.click(form.findElement(By.cssSelector("button[type=submit]")));
		browser.wait.until(ExpectedConditions.stalenessOf(form));
		var alert = browser.find("main .alert-success, main .alert-danger");
		assertThat(alert.getDomAttribute("class")).as(action + ": " + alert.getText()).contains("alert-success");
	}

	void pick(WebElement form, String field, String username) {
		new Select(form.findElement(By.name(field))).selectByValue(String.valueOf(
				jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username)));
	}

	/** The 陈述申辩期 ran out: the period is moved back as if the days had passed. */
	void statementWindowPassed(long id) {
		var today = calendar.today();
		jdbc.update("""
				update penalty_period set starts_on = ?, due_on = ? where proceeding_id = ? and ended_at is null
				and kind in ('STATEMENT', 'HEARING_REQUEST')""", today.minusDays(10), today.minusDays(1), id);
	}

	String nameOf(String username) {
		return jdbc.queryForObject("select name from staff_member where username = ?", String.class, username);
	}

	String status(long id) {
		return jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id);
	}

	String caseNumber(long caseId) {
		return jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, caseId);
	}
}
