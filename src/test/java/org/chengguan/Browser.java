package org.chengguan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
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

	/** A small PNG on disk, for the photo inputs of forms. */
	public final Path photo;

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
		this.photo = Files.createTempFile("scene-", ".png");
		ImageIO.write(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
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

	/** Drops the session, as a person on another device would be. */
	public void signOut() {
		driver.manage().deleteAllCookies();
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

	/**
	 * Opens the action's form on the case page, fills the opinion and photo when given, submits it and waits for the
	 * notice that it was done.
	 */
	public void act(long caseId, String action, @Nullable String opinion, @Nullable Path photo, String done) {
		open("/cases/" + caseId);
		var form = find("#action-" + action);
		if (form.getDomAttribute("open") == null) {
			click(form.findElement(By.tagName("summary")));
		}
		if (opinion != null) {
			form.findElement(By.name("opinion")).sendKeys(opinion);
		}
		if (photo != null) {
			form.findElement(By.name("photos")).sendKeys(photo.toString());
		}
		click(form.findElement(By.cssSelector("button[type=submit]")));
		waitForText(done);
	}

	/** Sets a date input as a person picks it (typing depends on the browser's locale). */
	public void setDate(WebElement input, String isoDate) {
		driver.executeScript("arguments[0].value = arguments[1]", input, isoDate);
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
		try {
			Files.deleteIfExists(photo);
		}
		catch (IOException ex) {
			// a temporary file; the system cleans it up
		}
	}
}
