package org.chengguan.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.chengguan.Browser;
import org.chengguan.party.PartyManagement;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.ServedDecisions;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: a decided proceeding is served in the browser by 留置 with a photo (its 送达回证 issued, its payment notice
 * shown with the 缴款码), the bank calls back that the fine is paid, the case closes and its file is compiled, whose
 * PDF downloads; the finance ledger shows the payment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

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
	void aDecisionLeftAtTheDoorWithAPhotoIsPaidThroughTheBanksCallback() throws Exception {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).decided();
		browser.signIn("officer01");
		browser.open("/penalties/" + id);
		var form = browser.find("#action-SERVE_DECISION");
		if (form.getDomAttribute("open") == null) {
			browser.click(form.findElement(By.tagName("summary")));
		}
		new Select(form.findElement(By.name("method"))).selectByValue("LEFT");
		new Select(form.findElement(By.name("result"))).selectByValue("SERVED");
		browser.driver.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("attemptedAt")),
				LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(20)
					.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		// the party's address is masked on the page: the officers write where they served
		assertThat(form.findElement(By.name("place")).getDomProperty("value")).doesNotContain("*");
		form.findElement(By.name("place")).sendKeys("和平路 1 号当事人住所门口");
		form.findElement(By.name("files")).sendKeys(browser.photo.toString());
		new Select(form.findElement(By.name("secondOfficerId"))).selectByValue(String.valueOf(
				jdbc.queryForObject("select id from staff_member where username = 'enforcer01'", Long.class)));
		form.findElement(By.name("opinion")).sendKeys("当事人拒绝签收，已拍照记录后留置于其住所");
		browser.click(form.findElement(By.cssSelector("button[type=submit]")));
		browser.wait.until(ExpectedConditions.stalenessOf(form));
		assertThat(browser.find("main .alert-success").getText()).contains("送达回证已生成");
		assertThat(browser.find("#proceeding-status").getText()).isEqualTo("已送达·待履行");
		assertThat(browser.find("#service-attempts").getText()).contains("留置送达", "已送达");
		assertThat(browser.find("#document-list").getText()).contains("送达回证");
		var notice = browser.find("#payment-notices").getText();
		var noticeNo = jdbc.queryForObject("select notice_no from payment_notice where proceeding_id = ?",
				String.class, id);
		assertThat(notice).contains(noticeNo, "待缴款", "缴款码");
		browser.screenshot("payment-served");

		// the party pays at the bank; the bank calls back, signed
		var body = """
				{"noticeNo": "%s", "bankRef": "BROWSER-%d", "amount": "3000.00", "paidAt": "%s"}""".formatted(noticeNo,
				id, java.time.OffsetDateTime.now().minusMinutes(5));
		var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/bank/payments"))
			.header("Content-Type", "application/json")
			.header(BankSignature.HEADER, BankSignature.sign("demo-bank-secret-change-me",
					body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("PAID_OFF");

		browser.open("/penalties/" + id);
		assertThat(browser.find("#proceeding-status").getText()).isEqualTo("已缴纳罚款·待结案");
		browser.waitForText("已缴清");

		// the 承办人 reports, the 分管领导 approves the 结案, the 承办人 compiles the file; its PDF downloads
		act(id, "REQUEST_CLOSE", "罚款已经银行确认缴清，当事人已停止露天烧烤");
		browser.signIn("deputy");
		act(id, "APPROVE_CLOSE", "同意结案");
		browser.signIn("officer01");
		act(id, "ARCHIVE", null);
		assertThat(browser.find("#proceeding-status").getText()).isEqualTo("已归档");
		var caseFile = browser.driver.findElements(By.cssSelector("#document-list a")).stream()
			.filter(a -> a.getText().equals("行政处罚案卷")).findFirst().orElseThrow();
		var session = browser.driver.manage().getCookieNamed("SESSION");
		var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(caseFile.getDomProperty("href")))
			.header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(browser.find("#originals-zip").getDomAttribute("href")).endsWith("/archive.zip");
		browser.screenshot("payment-archived");

		browser.signIn("finance");
		browser.open("/finance/payments");
		assertThat(browser.find("#ledger").getText()).contains(noticeNo, "已缴清", "3,000.00");
		browser.screenshot("payment-ledger");
	}

	/** Opens the action's form on the proceeding page, fills the opinion, submits it and expects it done. */
	void act(long id, String action, @org.jspecify.annotations.Nullable String opinion) {
		browser.open("/penalties/" + id);
		var form = browser.find("#action-" + action);
		if (form.getDomAttribute("open") == null) {
			browser.click(form.findElement(By.tagName("summary")));
		}
		if (opinion != null) {
			form.findElement(By.name("opinion")).sendKeys(opinion);
		}
		browser.click(form.findElement(By.cssSelector("button[type=submit]")));
		browser.wait.until(ExpectedConditions.stalenessOf(form));
		assertThat(browser.find("main .alert-success").getText()).isNotBlank();
	}
}
