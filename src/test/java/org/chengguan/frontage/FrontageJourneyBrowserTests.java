package org.chengguan.frontage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.chengguan.Browser;
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
 * Issue 13: a citizen scans the 共治码 on a shop's 责任牌 — the page the code encodes, without an account — and reports
 * a stall on its frontage with a photo; the squad leader of that street hears of it at once, opens the case, and sees
 * the frontage unit it was found at with its record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrontageJourneyBrowserTests {

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

	@Test
	void aCitizenScansAPlateAndReportsAProblemThatReachesTheSquad() throws Exception {
		// the second shop of the demo's first street, on 枫林路 (squad01's)
		var unit = jdbc.queryForMap("select id, token, name from frontage_unit where code = 'MQ9901010010002'");
		var token = (String) unit.get("token");
		var name = (String) unit.get("name");

		// the plate the squad hung: its code opens this address
		browser.signIn("squad01");
		browser.open("/frontages/" + unit.get("id") + "/plate");
		var address = browser.find("#plate-address").getText();
		assertThat(address).endsWith("/public/frontages/" + token);
		assertThat(browser.find("#plate-qr svg")).isNotNull();

		// the citizen's phone, without an account
		browser.signOut();
		browser.open(address.substring(address.indexOf("/public/")));
		assertThat(browser.find("#public-frontage-name").getText()).isEqualTo(name);
		assertThat(browser.find("#public-frontage-duties").getText()).contains("包市容", "包环境卫生", "包秩序");
		assertThat(browser.find("main").getText()).doesNotContain("1390371", "先生", "女士");
		new Select(browser.find("#category")).selectByVisibleText("占道经营");
		browser.find("#description").sendKeys("店门口有三轮车摆摊卖菜，占了大半个人行道");
		browser.find("#photos").sendKeys(browser.photo.toString());
		browser.find("#phone").sendKeys("13566667777");
		browser.click(browser.find("#public-frontage-submit"));
		var number = browser.find("#public-frontage-case").getText();
		assertThat(number).startsWith("AJ");
		browser.screenshot("frontage-reported");

		// the squad leader of the street hears of it at once and opens the case
		browser.signIn("squad01");
		browser.open("/notifications");
		var notice = browser.find("#notifications").findElement(By.partialLinkText(number));
		assertThat(notice.getText()).contains("共治码", "MQ9901010010002");
		browser.click(notice);
		assertThat(browser.find("#case-frontage-unit").getText()).contains(name);
		assertThat(browser.find("#case-frontage-repeats").getText()).contains("近 12 个月");
		assertThat(browser.find("main").getText()).contains("店门口有三轮车摆摊卖菜");
		browser.screenshot("frontage-case");
	}
}
