package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;

import org.chengguan.Browser;
import org.chengguan.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9: the desks as their people work them in the browser — the 监督员 receives a 核查 in its grid on 我的任务 and
 * passes it (the unit that disposed is not offered it), and a 延期 request reaches the dispatcher's 待审批 and is granted
 * for fewer days than asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseDeskJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	Browser browser;

	@BeforeEach
	void start() throws Exception {
		assumeTrue(Browser.available(), "Debian chromium is not installed");
		browser = new Browser(port);
	}

	@AfterEach
	void stop() throws Exception {
		if (browser != null) {
			browser.close();
		}
	}

	/** A 12345 order of this category in the middle of the first unit grid (the demo 监督员 patrols it); its case. */
	long order(String categoryCode, String content) throws Exception {
		var grid = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
		var orderNo = "GD" + UUID.randomUUID().toString().substring(0, 8);
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hotline/work-orders"))
				.header("X-Api-Key", "demo-12345-key")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00",
						 "urgency": "NORMAL", "categoryCode": "%s", "address": "和平路 18 号", "lon": %s, "lat": %s,
						 "content": "%s"}"""
					.formatted(orderNo, categoryCode, grid.get("centroid_lon"), grid.get("centroid_lat"), content)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return jdbc.queryForObject("select case_id from hotline_order where order_no = ?", Long.class, orderNo);
	}

	String status(long caseId) {
		return jdbc.queryForObject("select status from caseflow_case where id = ?", String.class, caseId);
	}

	String nameOf(String username) {
		return jdbc.queryForObject("select name from staff_member where username = ?", String.class, username);
	}

	/** 受理, 立案 and 派遣 to the unit the routing rules suggest. */
	void registerAndDispatch(long caseId) {
		browser.signIn("intake");
		browser.act(caseId, "ACCEPT", null, null, "已受理");
		browser.act(caseId, "REGISTER", null, null, "已立案");
		browser.signIn("dispatcher");
		browser.act(caseId, "DISPATCH", null, null, "已派遣");
	}

	@Test
	void theInspectorReceivesACheckInItsGridAndPassesIt() throws Exception {
		var caseId = order("06010", "门前垃圾堆放，需核查处置结果");
		registerAndDispatch(caseId);
		browser.signIn("handler");
		browser.act(caseId, "SIGN_FOR", null, null, "已签收");
		browser.act(caseId, "REPORT_BACK", "垃圾已清运", browser.photo, "已反馈处置结果");
		assertThat(browser.driver.findElements(By.id("action-CHECK_PASS"))).isEmpty();

		browser.signIn("intake");
		browser.open("/cases/" + caseId);
		var form = browser.find("#action-SEND_CHECK");
		if (form.getDomAttribute("open") == null) {
			browser.click(form.findElement(By.tagName("summary")));
		}
		var assignee = new Select(form.findElement(By.name("assigneeId")));
		assertThat(assignee.getFirstSelectedOption().getText()).isEqualTo(nameOf("inspector") + "（监督员）");
		browser.click(form.findElement(By.cssSelector("button[type=submit]")));
		browser.waitForText("已派核查");

		// The disposing unit may see the case but is not offered its 核查.
		browser.signIn("handler");
		browser.open("/cases/" + caseId);
		browser.find("#photos");
		assertThat(browser.driver.findElements(By.id("action-CHECK_PASS"))).isEmpty();

		browser.signIn("inspector");
		browser.open("/tasks");
		browser.click(browser.find("a[href$='/cases/" + caseId + "']"));
		assertThat(browser.find("#photos").findElements(By.cssSelector(".photo-group img"))).hasSize(1);
		browser.act(caseId, "CHECK_PASS", "现场已整洁", browser.photo, "核查通过");
		assertThat(browser.find("#photos").findElements(By.cssSelector(".photo-group"))).hasSize(2);
		browser.screenshot("inspector-check-passed");
		assertThat(status(caseId)).isEqualTo("CHECKED");
		assertThat(jdbc.queryForObject("""
				select m.username from caseflow_transition t join staff_member m on m.id = t.actor_id
				where t.case_id = ? and t.action = 'CHECK_PASS'""", String.class, caseId)).isEqualTo("inspector");
	}

	@Test
	void anExtensionReachesTheDispatcherAndIsGrantedForFewerDaysThanAsked() throws Exception {
		// 交通标线模糊不清: 10 working days, routed to the street's squad; its leader signs, its officer asks.
		var caseId = order("06016", "斑马线模糊不清，需重新施划");
		registerAndDispatch(caseId);
		browser.signIn("squad01");
		browser.act(caseId, "SIGN_FOR", null, null, "已签收");
		browser.signIn("officer01");
		var due = jdbc.queryForObject("select dispose_due_at from caseflow_case where id = ?", Timestamp.class, caseId)
			.toInstant();
		var dueDay = LocalDate.ofInstant(due, calendar.zone());
		var asked = dueDay.plusDays(7);
		var granted = dueDay.plusDays(3);

		browser.open("/cases/" + caseId);
		var request = browser.find("#action-EXTEND_REQUEST");
		if (request.getDomAttribute("open") == null) {
			browser.click(request.findElement(By.tagName("summary")));
		}
		browser.setDate(request.findElement(By.name("until")), asked.toString());
		request.findElement(By.name("opinion")).sendKeys("需协调交警部门共同施划");
		browser.click(request.findElement(By.cssSelector("button[type=submit]")));
		browser.waitForText("已提交延期申请");

		browser.signIn("dispatcher");
		assertThat(Integer.parseInt(browser.find("#approval-count").getText())).isPositive();
		browser.click(browser.find("#nav-approvals"));
		var row = browser.find("#approvals a[href$='/cases/" + caseId + "']").findElement(By.xpath("./ancestor::tr"));
		assertThat(row.getText()).contains(asked.toString(), "需协调交警部门共同施划");
		browser.screenshot("approvals-inbox");
		browser.click(row.findElement(By.cssSelector("a[href$='/cases/" + caseId + "']")));
		var approve = browser.find("#action-EXTEND_APPROVE");
		if (approve.getDomAttribute("open") == null) {
			browser.click(approve.findElement(By.tagName("summary")));
		}
		assertThat(approve.getText()).contains(asked.toString());
		browser.setDate(approve.findElement(By.name("until")), granted.toString());
		browser.click(approve.findElement(By.cssSelector("button[type=submit]")));
		browser.waitForText("已批准延期");

		assertThat(jdbc.queryForObject("select dispose_due_at from caseflow_case where id = ?", Timestamp.class, caseId)
			.toInstant()).isEqualTo(calendar.dueOn(granted).at());
		assertThat(status(caseId)).isEqualTo("DISPOSING");
		browser.signIn("officer01");
		browser.open("/notifications");
		browser.waitForText(jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, caseId));
	}
}
