package org.chengguan.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.chengguan.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13: a 协管员's month is appraised and published — a member of the 执法股 computes the first squad's last month
 * from the menu, a second member reviews and publishes it; the 协管员 sees the squad's ranking with their own line,
 * without pay grades; the 中队长 sees the pay grades and the 末位.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppraisalJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

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

	long id(String username) {
		return jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
	}

	void openAppraisals() {
		browser.click(browser.find("#nav-grids"));
		browser.click(browser.find("#nav-appraisals"));
	}

	@Test
	void anAuxiliarysMonthIsAppraisedAndPublished() throws Exception {
		var squad = jdbc.queryForObject("select org_unit_id from staff_member where username = 'squad01'", Long.class);
		browser.signIn("enforcement");
		openAppraisals();
		browser.click(browser.find("#appraisal-compute-" + squad));
		browser.waitForText("已计算本月考核");
		assertThat(browser.find("#appraisal-status").getText()).isEqualTo("已计算");
		assertThat(browser.driver.findElements(By.cssSelector("#appraisal-lines tbody tr"))).hasSize(4);
		assertThat(browser.find("#appraisal-lines thead").getText()).contains("出勤率", "巡查覆盖率", "有效投诉")
			.doesNotContain("绩效档次");
		assertThat(browser.driver.findElements(By.id("action-REVIEW"))).isEmpty();
		var page = browser.driver.getCurrentUrl();

		browser.signIn("enforcement2");
		browser.driver.get(page);
		browser.find("#review-opinion").sendKeys("出勤、轨迹与上报记录核对无误");
		browser.click(browser.find("#action-REVIEW"));
		browser.waitForText("已审核");
		browser.click(browser.find("#action-PUBLISH"));
		browser.waitForText("已发布，本中队人员可查看");
		assertThat(browser.find("#appraisal-status").getText()).isEqualTo("已发布");

		browser.signIn("aux01");
		openAppraisals();
		browser.click(browser.find("#appraisal-squad-" + squad + " a"));
		var own = browser.find("#appraisal-line-" + id("aux01"));
		assertThat(own.getDomAttribute("class")).contains("table-primary");
		assertThat(own.findElement(By.cssSelector("td")).getText()).matches("[1-4]");
		assertThat(browser.find("#appraisal-lines thead").getText()).doesNotContain("绩效档次");
		assertThat(browser.driver.findElements(By.cssSelector("[id^=appraisal-bottom-]"))).isEmpty();
		assertThat(browser.driver.findElements(By.id("appraisal-actions"))).isNotEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("#appraisal-actions button"))).isEmpty();

		browser.signIn("squad01");
		browser.driver.get(page);
		assertThat(browser.find("#appraisal-lines thead").getText()).contains("绩效档次建议");
		assertThat(browser.driver.findElements(By.cssSelector("[id^=appraisal-bottom-]"))).isNotEmpty();
		assertThat(browser.find("#appraisal-lines tbody").getText()).contains("档");
		browser.screenshot("appraisal-published");
	}
}
