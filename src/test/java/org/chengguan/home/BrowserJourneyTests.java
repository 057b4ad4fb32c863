package org.chengguan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;

import org.chengguan.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whole journeys in Debian's headless Chromium against the running application. Skipped only where no Chromium is
 * installed; {@code .ci/run} installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

	@LocalServerPort
	int port;

	Browser browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Browser.available(), "Debian chromium is not installed");
		browser = new Browser(port);
		wait = browser.wait;
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	void signIn(String username) {
		browser.signIn(username);
	}

	@Test
	void signsInAndOpensTheGridMapOfTheWholeCity() throws IOException {
		signIn("admin");
		assertThat(browser.driver.findElement(By.id("welcome")).getText()).startsWith("欢迎");
		screenshot("home-admin");
		browser.driver.findElement(By.linkText("网格地图")).click();
		var map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-map[data-ready=true]")));
		assertThat(map.getDomAttribute("data-features-unit-grid")).isEqualTo("2100");
		assertThat(map.getDomAttribute("data-features-district")).isEqualTo("3");
		assertThat(map.getDomAttribute("data-features-street")).isEqualTo("21");
		assertThat(map.getDomAttribute("data-features-community")).isEqualTo("105");
		assertThat(browser.driver.findElements(By.cssSelector("#grid-map canvas"))).isNotEmpty();

		// Click a grid on the map: its detail panel loads beside the map.
		new Actions(browser.driver).moveToElement(map, 40, 60).click().perform();
		var panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grid-panel")));
		assertThat(panel.getText()).contains("单元网格 9901").contains("责任网格");
		screenshot("grid-map");
	}

	@Test
	void aSquadLeaderSeesOnlyTheirStreet() throws IOException {
		signIn("squad01");
		screenshot("home-squad01");
		browser.open("/staff");
		screenshot("staff-squad01");
		browser.open("/map");
		var map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-map[data-ready=true]")));
		assertThat(map.getDomAttribute("data-features-unit-grid")).isEqualTo("100");
		browser.open("/grids/990101002001001");
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
	}

	@Test
	void theNavigationFitsTheWindowInBothLanguages() throws IOException {
		for (var user : List.of("dispatcher", "intake", "admin", "squad01", "legal")) {
			signIn(user);
			for (var language : List.of("zh_CN", "en")) {
				browser.open("/cases?lang=" + language);
				for (var width : List.of(1024, 1280, 1440)) {
					browser.driver.manage().window().setSize(new Dimension(width, 900));
					var widths = (List<?>) browser.driver.executeScript("""
							return [document.documentElement.scrollWidth, document.documentElement.clientWidth,
							        document.querySelector('.navbar').offsetHeight]""");
					assertThat(((Number) widths.get(0)).longValue()).as("%s %s at %d px", user, language, width)
						.isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
					// one row: the bar is as high as a single line of links
					assertThat(((Number) widths.get(2)).longValue()).as("%s %s at %d px", user, language, width)
						.isLessThan(70);
				}
			}
		}
		screenshot("navigation-en");
	}

	private void screenshot(String name) throws IOException {
		browser.screenshot(name);
	}
}
