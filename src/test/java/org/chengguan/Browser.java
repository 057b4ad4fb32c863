package org.chengguan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driving the running application, signed in as demo staff. */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	public final ChromeDriver driver;

	public final WebDriverWait wait;

	private final int port;

	/** Whether Chromium is installed (journeys are skipped only where it is not; {@code .ci/run} installs it). */
	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
	}

	public Browser(int port) throws IOException {
		this.port = port;
		var options = new ChromeOptions().setBinary(CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory("chromium-"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	public void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	/** Signs in afresh (any earlier session is dropped). */
	public void signIn(String username) {
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestLogins.DEMO_PASSWORD);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
	}

	public WebElement find(String css) {
		return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/** Scrolls the element into the middle of the window at once (Bootstrap scrolls smoothly), then clicks it. */
	public void click(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Waits until the page's main content shows the text. */
	public void waitForText(String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
	}

	public void screenshot(String name) throws IOException {
		var file = driver.getScreenshotAs(OutputType.FILE).toPath();
		var target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void close() {
		driver.quit();
	}
}
