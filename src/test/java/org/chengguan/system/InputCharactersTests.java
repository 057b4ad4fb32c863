package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Through the real server (Tomcat included): text that cannot be stored as sent — a lone UTF-16 surrogate, a NUL —
 * and a path with an encoded slash are answered 400 in the caller's format, naming what is wrong, and nothing is
 * stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputCharactersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> order(String content) throws Exception {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hotline/work-orders"))
			.header("X-Api-Key", "demo-12345-key")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"platform": "12345", "orderNo": "GD%s", "receivedAt": "2026-11-23T09:30:00+08:00",
					 "urgency": "NORMAL", "address": "和平路", "content": "%s"}"""
				.formatted(UUID.randomUUID().toString().substring(0, 8), content))));
	}

	long reports() {
		return jdbc.queryForObject("select count(*) from intake_report", Long.class);
	}

	@Test
	void aLoneSurrogateOrANulInJsonTextIsA400ProblemNamingTheField() throws Exception {
		var before = reports();
		for (var content : new String[] { "门前垃圾\\ud800", "门前\\u0000垃圾" }) {
			var response = order(content);
			assertThat(response.statusCode()).as(content).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("content").contains("无法保存的字符");
		}
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void anOpen311PathWithAnEncodedSlashGetsAGeoReportError() throws Exception {
		for (var suffix : new String[] { "json", "xml" }) {
			var response = send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + port + "/open311/v2/requests/..%2F..%2Fetc." + suffix)));
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("400").contains("无法处理的字符").doesNotContain("Tomcat");
			assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("charset=UTF-8");
		}
	}

	@Test
	void aNulInAnOpen311FormFieldIsRefusedAndNothingStored() throws Exception {
		var before = reports();
		var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"api_key=demo-open311-key&service_code=E06010&lat=34.7005&long=113.6006&description=%00abc")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":400");
		assertThat(reports()).isEqualTo(before);
	}

	@Test
	void aPageParameterThatCannotBeStoredIsA400PageNotA409() throws Exception {
		var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?x=%00")));
		assertThat(response.statusCode()).isEqualTo(400);
	}
}
