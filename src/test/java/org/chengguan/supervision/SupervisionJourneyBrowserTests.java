package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.chengguan.Browser;
import org.chengguan.caseflow.CaseSteps;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 11 in the browser: (a) a supervisor picks a street and a month on the dashboard, drills from 按期结案率 to the
 * case behind it and exports the list; (b) a month's assessment of the handling units is computed by one member of
 * the 督查股, reviewed by the other and published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	FactMaintenance maintenance;

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
	void aSupervisorFiltersAStreetAndAMonthDrillsFromTheOnTimeCloseRateAndExports() throws Exception {
		var steps = new CaseSteps(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build(), jdbc,
				users);
		var caseId = steps.pushOrder("督查旅程：门前暴露垃圾").caseId();
		steps.acceptAndRegister(caseId);
		steps.dispatchToClosed(caseId);
		maintenance.roll();
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, caseId);
		var street = jdbc.queryForObject("select street_code from caseflow_case where id = ?", String.class, caseId);

		browser.signIn("supervisor");
		browser.open("/supervision");
		new Select(browser.find("#period")).selectByValue("MONTH");
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
		new Select(browser.find("#scope")).selectByValue("STREET:" + street);
		browser.wait.until(ExpectedConditions.urlContains("scope=STREET"));
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#indicator-ON_TIME_CLOSE_RATE a[href*='part=NUMERATOR']")));
		browser.wait.until(d -> browser.find("#trend-chart").getDomAttribute("data-months") != null);
		browser.screenshot("supervision-dashboard");

		browser.click(browser.find("#indicator-ON_TIME_CLOSE_RATE a[href*='part=NUMERATOR']"));
		browser.waitForText(number);
		assertThat(browser.find("#drill-title").getText()).contains("按期结案率");
		var export = browser.find("#cases-export").getDomProperty("href");
		var status = browser.driver.executeAsyncScript(
				"fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))", export);
		assertThat(status).asString().startsWith("200 application/vnd.openxmlformats");
	}

	@Test
	void aMonthOfTheUnitsIsComputedReviewedByAnotherAndPublished() throws Exception {
		var month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).minusMonths(1);
		browser.signIn("supervisor");
		browser.open("/supervision/assessments");
		browser.driver.executeScript("arguments[0].value = arguments[1]", browser.find("#month"), month.toString());
		new Select(browser.find("#subject")).selectByValue("UNIT");
		browser.click(browser.find("#compute-form button[type=submit]"));
		browser.waitForText("已计算月度考核");
		assertThat(browser.driver.findElements(By.id("action-REVIEW"))).isEmpty();
		var page = browser.driver.getCurrentUrl();

		browser.signIn("supervisor2");
		browser.driver.get(page);
		browser.find("#assessment-actions input[name=opinion]").sendKeys("数据核对无误");
		browser.click(browser.find("#action-REVIEW"));
		browser.waitForText("已审核通过");

		browser.signIn("supervisor");
		browser.driver.get(page);
		browser.click(browser.find("#action-PUBLISH"));
		browser.waitForText("考核结果已冻结");
		assertThat(browser.find("#assessment-status").getText()).isEqualTo("已发布");
		browser.screenshot("supervision-assessment");
	}

	@Test
	void aNoticeItemIsIssuedRepliedToAndVerified() throws Exception {
		var squad = jdbc.queryForObject("select org_unit_id from staff_member where username = 'squad01'", Long.class);
		browser.signIn("supervisor");
		browser.open("/supervision/notices");
		browser.click(browser.find("#new-notice"));
		new Select(browser.find("#targetUnitId")).selectByValue(squad.toString());
		browser.find("#title").sendKeys("解放路沿线门前三包问题");
		browser.find("input[name=description0]").sendKeys("解放路 26 号门前乱堆杂物");
		browser.find("input[name=address0]").sendKeys("解放路 26 号");
		browser.find("input[name=photos0]").sendKeys(browser.photo.toString());
		browser.click(browser.find("#notice-form button[type=submit]"));
		browser.waitForText("通知单已下发");
		var page = browser.driver.getCurrentUrl();

		browser.signIn("squad01");
		browser.driver.get(page);
		browser.click(browser.find("input[name=rectified1]"));
		browser.find("textarea[name=reply]").sendKeys("已督促商户清理杂物，恢复整洁");
		browser.click(browser.find("#action-REPLY"));
		browser.waitForText("整改回复已提交");

		browser.signIn("supervisor");
		browser.driver.get(page);
		new Select(browser.find("select[name=result1]")).selectByValue("PASSED");
		browser.click(browser.find("#action-VERIFY"));
		browser.waitForText("核查结果已记录");
		assertThat(browser.find("#notice-status").getText()).isEqualTo("已销号");
		browser.screenshot("supervision-notice");
	}
}
