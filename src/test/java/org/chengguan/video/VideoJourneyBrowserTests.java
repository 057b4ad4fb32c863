package org.chengguan.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

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
 * Issue 3 §8: a camera alarm waits for verification; the officer on site finds nothing and dismisses it, and the
 * camera's record shows the false alarm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VideoJourneyBrowserTests {

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
	void aCameraAlarmIsVerifiedOnSiteAndDismissedAsFalse() throws Exception {
		var camera = "CAM-J-" + UUID.randomUUID().toString().substring(0, 6);
		jdbc.update("""
				insert into video_camera (platform_id, code, name, lon, lat)
				select p.id, ?, '人民路与解放路口', g.centroid_lon, g.centroid_lat from video_platform p,
				(select centroid_lon, centroid_lat from grid_unit_grid order by code limit 1) g order by p.id limit 1""",
				camera);
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/video/alarms"))
				.header("X-Api-Key", "demo-video-key")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"platform": "VIDEO-DAHUA", "alarmId": "%s", "cameraId": "%s", "alarmCode": "887",
						 "occurredAt": "2026-11-23T09:30:00+08:00", "confidence": 0.81,
						 "snapshotUrl": "https://video.example/snap/1.jpg"}"""
					.formatted(UUID.randomUUID(), camera)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"status\":\"VERIFYING\"");
		var caseId = jdbc.queryForObject("""
				select c.id from caseflow_case c join video_alarm a on a.report_id = c.report_id
				join video_camera k on k.id = a.camera_id where k.code = ?""", Long.class, camera);

		browser.signIn("intake");
		browser.open("/cases/" + caseId);
		assertThat(browser.find("main").getText()).contains("游摊小贩", camera);
		var form = browser.find("#action-VERIFY_FAIL");
		browser.click(form.findElement(By.tagName("summary")));
		form.findElement(By.name("opinion")).sendKeys("到场核实无流动摊贩，系行人误识别");
		browser.click(form.findElement(By.cssSelector("button[type=submit]")));
		browser.waitForText("已按核实不属实办结");
		browser.screenshot("video-alarm-dismissed");

		browser.open("/video/cameras");
		var row = browser.find("#cameras").findElement(By.xpath(".//tr[td/code[text()='" + camera + "']]"));
		assertThat(row.findElements(By.tagName("td"))).extracting(e -> e.getText())
			.endsWith("1", "1", "1", "100%");
	}
}
