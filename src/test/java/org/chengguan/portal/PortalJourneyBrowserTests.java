package org.chengguan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.chengguan.Browser;
import org.chengguan.TestCases;
import org.chengguan.intake.IntakeManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: a citizen who phoned in a problem opens the public portal without an account, looks up the case by its
 * number and the last four digits of the phone, sees its stage, and reads the bureau's 执法公示 and the published
 * decisions with their PDFs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeManagement intake;

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
	void aCitizenLooksUpTheirCaseAndReadsWhatTheBureauPublishes() throws Exception {
		var id = TestCases.calledIn(jdbc, intake, "13955556789", "人行道上堆放建筑垃圾");
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);

		browser.open("/public");
		browser.click(browser.find("#portal-cases"));
		browser.find("#number").sendKeys(number);
		browser.find("#lastFour").sendKeys("0000");
		browser.click(browser.find("#lookup"));
		assertThat(browser.find("#lookup-not-found").getText()).contains("未找到");

		browser.find("#number").clear();
		browser.find("#number").sendKeys(number);
		browser.find("#lastFour").clear();
		browser.find("#lastFour").sendKeys("6789");
		browser.click(browser.find("#lookup"));
		var found = browser.find("#lookup-found");
		assertThat(found.getText()).contains(number, "暴露垃圾", "正在办理中");
		assertThat(browser.find("#lookup-stage").getText()).isEqualTo("已收到·待受理");
		assertThat(browser.find("main").getText()).doesNotContain("李市民", "13955556789");
		browser.screenshot("portal-lookup");

		browser.click(browser.find("#nav-public-enforcement"));
		assertThat(browser.find("#enforcement-powers").getText()).contains("露天烧烤");
		assertThat(browser.find("#enforcement-remedies").getText()).contains("行政复议", "行政诉讼");

		browser.click(browser.find("#nav-public-penalties"));
		var decisions = browser.find("#public-penalties");
		assertThat(decisions.findElements(By.linkText("查看行政处罚决定书（公开版本）"))).isNotEmpty();
	}
}
