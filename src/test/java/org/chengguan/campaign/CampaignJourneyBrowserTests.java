package org.chengguan.campaign;

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
 * Issue 13: the leader of a squad taking part in the demo's 占道经营 campaign opens it from the menu, files today's 日报,
 * and the campaign page shows the squad as filed and the inspections target moved on by what was reported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignJourneyBrowserTests {

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

	/** The number before "（目标" in the inspections line: 2,943 → 2943. */
	int inspections() {
		var text = browser.find("#campaign-target-INSPECTIONS").getText();
		return Integer.parseInt(text.replaceAll("(?s).*?([0-9,]+)（目标.*", "$1").replace(",", ""));
	}

	@Test
	void aSquadLeaderFilesTodaysDailyReportAndTheCampaignShowsTheProgress() throws Exception {
		var code = jdbc.queryForObject("select code from campaign where name like '%占道经营专项整治' order by id limit 1",
				String.class);
		browser.signIn("squad01");
		browser.click(browser.find("#nav-grids"));
		browser.click(browser.find("#nav-campaigns"));
		browser.click(browser.find("#campaign-" + code + " a"));
		assertThat(browser.find("#campaign-phase").getText()).isEqualTo("进行中");
		var before = inspections();
		assertThat(browser.find("#campaign-today").getText()).contains("枫林中队 未报");

		var form = browser.find("#campaign-daily-form");
		form.findElement(By.id("inspections")).sendKeys("25");
		form.findElement(By.id("problems")).sendKeys("4");
		form.findElement(By.id("casesOpened")).sendKeys("2");
		form.findElement(By.id("casesClosed")).sendKeys("3");
		form.findElement(By.id("proceedingsOpened")).sendKeys("0");
		form.findElement(By.id("photos")).sendKeys(browser.photo.toString());
		form.findElement(By.id("note")).sendKeys("夜市路口流动摊点 4 处，劝离 3 处，立案 2 起");
		browser.click(browser.find("#campaign-daily-submit"));
		browser.waitForText("日报已提交");

		assertThat(browser.find("#campaign-today").getText()).contains("枫林中队 已报");
		assertThat(inspections()).isEqualTo(before + 25);
		assertThat(browser.find("#campaign-reports").getText()).contains("夜市路口流动摊点 4 处", "1 张照片");
		assertThat(browser.find("#campaign-chart[data-days]").getDomAttribute("data-days")).isNotEqualTo("0");
		browser.screenshot("campaign-daily");
	}
}
