package org.chengguan.hotline;

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
 * Issue 3 §8: a 12345 order through the whole loop in the browser, by the people whose roles do each step, and the
 * platform receives its 签收 and 办结回复.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotlineJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxSender sender;

	Browser browser;

	FakePlatform platform;

	@BeforeEach
	void start() throws Exception {
		assumeTrue(Browser.available(), "Debian chromium is not installed");
		platform = new FakePlatform();
		jdbc.update("update hotline_platform set endpoint_url = ? where code = '12345'", platform.url());
		browser = new Browser(port);
	}

	@AfterEach
	void stop() throws Exception {
		if (browser != null) {
			browser.close();
			platform.close();
			jdbc.update("update hotline_platform set endpoint_url = null where code = '12345'");
		}
	}

	void act(long caseId, String action, String opinion, boolean withPhoto, String done) {
		browser.act(caseId, action, opinion, withPhoto ? browser.photo : null, done);
	}

	@Test
	void aHotlineOrderGoesFromTheCallToTheReplyInTheBrowser() throws Exception {
		var grid = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
		var orderNo = "GD" + UUID.randomUUID().toString().substring(0, 8);
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hotline/work-orders"))
				.header("X-Api-Key", "demo-12345-key")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00",
						 "urgency": "NORMAL", "categoryCode": "06010", "address": "和平路 18 号门前", "lon": %s,
						 "lat": %s, "content": "门前垃圾堆放三天无人清理"}"""
					.formatted(orderNo, grid.get("centroid_lon"), grid.get("centroid_lat"))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		var caseId = jdbc.queryForObject("select case_id from hotline_order where order_no = ?", Long.class, orderNo);

		browser.signIn("intake");
		browser.open("/cases/map");
		var map = browser.find("#case-map[data-cases]");
		assertThat(Integer.parseInt(map.getDomAttribute("data-cases"))).isPositive();
		browser.screenshot("case-map");
		act(caseId, "ACCEPT", null, false, "已受理");
		act(caseId, "REGISTER", null, false, "已立案");
		browser.signIn("dispatcher");
		act(caseId, "DISPATCH", null, false, "已派遣");
		browser.signIn("handler");
		act(caseId, "SIGN_FOR", null, false, "已签收");
		act(caseId, "REPORT_BACK", "垃圾已清运，路面冲洗干净", true, "已反馈处置结果");
		browser.signIn("intake");
		act(caseId, "SEND_CHECK", null, false, "已派核查");
		// The 核查 goes to the grid's 监督员 (suggested first); it is on their 我的任务.
		browser.signIn("inspector");
		browser.open("/tasks");
		browser.find("a[href$='/cases/" + caseId + "']");
		act(caseId, "CHECK_PASS", "现场已整洁", true, "核查通过");
		browser.signIn("intake");
		act(caseId, "CLOSE", null, false, "已结案");
		browser.screenshot("case-closed");
		assertThat(jdbc.queryForObject("select status from caseflow_case where id = ?", String.class, caseId))
			.isEqualTo("CLOSED");

		sender.drain();
		var received = platform.about(orderNo);
		assertThat(received).extracting(r -> r.body().replaceAll(".*\"type\":\"(\\w+)\".*", "$1"))
			.containsExactly("SIGN", "REPLY");
		assertThat(received.get(1).body()).contains("垃圾已清运，路面冲洗干净");
	}

	@Test
	void anUnlocatedOrderIsPinnedOnTheMapAndAccepted() throws Exception {
		var orderNo = "GD" + UUID.randomUUID().toString().substring(0, 8);
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hotline/work-orders"))
				.header("X-Api-Key", "demo-12345-key")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00",
						 "urgency": "NORMAL", "categoryCode": "06010", "address": "公园东门附近",
						 "content": "地址说不清的暴露垃圾"}""".formatted(orderNo)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("\"gridCode\":null");
		var caseId = jdbc.queryForObject("select case_id from hotline_order where order_no = ?", Long.class, orderNo);

		browser.signIn("intake");
		browser.open("/cases/" + caseId);
		var form = browser.find("#action-ACCEPT");
		if (form.getDomAttribute("open") == null) {
			browser.click(form.findElement(By.tagName("summary")));
		}
		var pin = browser.find("#pin-map.leaflet-container");
		new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(pin).click().perform();
		assertThat(form.findElement(By.name("lon")).getDomProperty("value")).isNotBlank();
		browser.screenshot("pin-map");
		browser.click(form.findElement(By.cssSelector("button[type=submit]")));
		browser.waitForText("已受理");
		assertThat(jdbc.queryForObject("select unit_grid_code from caseflow_case where id = ?", String.class, caseId))
			.isNotNull();
	}
}
