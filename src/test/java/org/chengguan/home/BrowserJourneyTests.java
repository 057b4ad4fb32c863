package org.chengguan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.chengguan.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Debian chromium is not installed");
		var options = new ChromeOptions().setBinary(CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory("chromium-"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(TestLogins.DEMO_PASSWORD);
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
	}

	@Test
	void signsInAndOpensTheGridMapOfTheWholeCity() throws IOException {
		signIn("admin");
		assertThat(browser.findElement(By.id("welcome")).getText()).startsWith("欢迎");
		screenshot("home-admin");
		browser.findElement(By.linkText("网格地图")).click();
		var map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-map[data-ready=true]")));
		assertThat(map.getDomAttribute("data-features-unit-grid")).isEqualTo("2100");
		assertThat(map.getDomAttribute("data-features-district")).isEqualTo("3");
		assertThat(map.getDomAttribute("data-features-street")).isEqualTo("21");
		assertThat(map.getDomAttribute("data-features-community")).isEqualTo("105");
		assertThat(browser.findElements(By.cssSelector("#grid-map canvas"))).isNotEmpty();

		// Click a grid on the map: its detail panel loads beside the map.
		new Actions(browser).moveToElement(map, 40, 60).click().perform();
		var panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grid-panel")));
		assertThat(panel.getText()).contains("单元网格 9901").contains("责任网格");
		screenshot("grid-map");
	}

	@Test
	void aSquadLeaderSeesOnlyTheirStreet() throws IOException {
		signIn("squad01");
		screenshot("home-squad01");
		browser.get(url("/staff"));
		screenshot("staff-squad01");
		browser.get(url("/map"));
		var map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-map[data-ready=true]")));
		assertThat(map.getDomAttribute("data-features-unit-grid")).isEqualTo("100");
		browser.get(url("/grids/990101002001001"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
	}

	private void screenshot(String name) throws IOException {
		var file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
		var target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}
}
