package org.chengguan.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.chengguan.ChengguanIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/video/alarms}: a lead opens a case waiting 24 h for verification, a storm merges into it, retries
 * and races stay single, false alarms count against the camera, and bad alarms name every problem.
 */
@ChengguanIntegrationTest
class VideoAlarmApiTests {

	static final String KEY = "demo-video-key";

	static final String PLATFORM = "VIDEO-DAHUA";

	static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(8));

	/** The PNG signature and a few bytes: enough for the content sniffing. */
	static final String PNG = Base64.getEncoder()
		.encodeToString(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
				'R' });

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDetailsService users;

	/** A fresh camera in the middle of the first unit grid, so no other test's alarms merge with these. */
	Camera camera() {
		var grid = jdbc.queryForMap("select code, centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
		var code = "CAM-T-" + UUID.randomUUID().toString().substring(0, 8);
		var platform = jdbc.queryForObject("""
				select p.id from video_platform p join intake_api_client c on c.id = p.client_id where c.code = ?""",
				Long.class, PLATFORM);
		jdbc.update("insert into video_camera (platform_id, code, name, lon, lat) values (?, ?, '测试路口', ?, ?)",
				platform, code, grid.get("centroid_lon"), grid.get("centroid_lat"));
		return new Camera(code, (String) grid.get("code"));
	}

	record Camera(String code, String gridCode) {
	}

	static String alarmId() {
		return "AL-" + UUID.randomUUID();
	}

	static String alarm(String alarmId, String camera, String code, OffsetDateTime at) {
		return """
				{"platform": "%s", "alarmId": "%s", "cameraId": "%s", "alarmCode": "%s", "occurredAt": "%s",
				 "confidence": 0.92, "snapshot": "%s"}""".formatted(PLATFORM, alarmId, camera, code, at, PNG);
	}

	Answer push(String body) throws Exception {
		return push(KEY, body);
	}

	Answer push(String key, String body) throws Exception {
		var response = mvc
			.perform(post("/api/video/alarms").header("X-Api-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.getBytes(StandardCharsets.UTF_8)))
			.andReturn()
			.getResponse();
		var text = response.getContentAsString(StandardCharsets.UTF_8);
		return new Answer(response.getStatus(), text.isEmpty() ? null : json.readTree(text),
				response.getHeader("Idempotent-Replayed"));
	}

	record Answer(int status, JsonNode body, String replayed) {

		String caseNo() {
			return body.get("caseNo").stringValue();
		}
	}

	long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void anAlarmWithoutCoordinatesOpensACaseAtTheCameraWaitingForVerification() throws Exception {
		var camera = camera();
		var answer = push(alarm(alarmId(), camera.code(), "890", T0));

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.replayed()).isEqualTo("false");
		assertThat(answer.body().get("status").stringValue()).isEqualTo("VERIFYING");
		assertThat(answer.body().get("alarmStatus").stringValue()).isEqualTo("PENDING");
		assertThat(answer.body().get("gridCode").stringValue()).isEqualTo(camera.gridCode());
		var row = jdbc.queryForMap("""
				select c.category_key, r.source, r.description, extract(epoch from t.due_at - t.started_at) as verify_seconds,
				(select count(*) from intake_attachment a where a.report_id = r.id and a.evidence_id is not null) as photos
				from caseflow_case c join intake_report r on r.id = c.report_id
				join caseflow_timer t on t.case_id = c.id and t.stage = 'VERIFY'
				where c.number = ?""", answer.caseNo());
		assertThat(row.get("category_key")).isEqualTo("E06010");
		assertThat(row.get("source")).isEqualTo("VIDEO_AI");
		assertThat((String) row.get("description")).contains("暴露垃圾", camera.code(), "92%");
		assertThat(((Number) row.get("verify_seconds")).longValue()).isEqualTo(24 * 3600);
		assertThat(row.get("photos")).isEqualTo(1L);
	}

	@Test
	void aStormOfOneCameraAndCategoryMergesIntoTheOpenAlarm() throws Exception {
		var camera = camera();
		var lead = push(alarm(alarmId(), camera.code(), "890", T0));
		var second = push(alarm(alarmId(), camera.code(), "890", T0.plusMinutes(20)));
		var third = push(alarm(alarmId(), camera.code(), "890", T0.plusMinutes(45)));
		var otherType = push(alarm(alarmId(), camera.code(), "893", T0.plusMinutes(46)));
		var afterWindow = push(alarm(alarmId(), camera.code(), "890", T0.plusMinutes(76)));

		assertThat(second.body().get("alarmStatus").stringValue()).isEqualTo("MERGED");
		assertThat(List.of(second.caseNo(), third.caseNo())).containsOnly(lead.caseNo());
		assertThat(otherType.caseNo()).isNotEqualTo(lead.caseNo());
		assertThat(afterWindow.caseNo()).isNotEqualTo(lead.caseNo()).isNotEqualTo(otherType.caseNo());
		assertThat(count("""
				select merged_count from video_alarm a join intake_report r on r.id = a.report_id
				join caseflow_case c on c.report_id = r.id where c.number = ?""", lead.caseNo())).isEqualTo(2);
		assertThat(count("""
				select count(*) from intake_attachment a join caseflow_case c on c.report_id = a.report_id
				where c.number = ?""", lead.caseNo())).isEqualTo(3);
	}

	@Test
	void retriesAndRacesNeverOpenASecondCase() throws Exception {
		var camera = camera();
		var id = alarmId();
		var first = push(alarm(id, camera.code(), "890", T0));
		var retry = push(alarm(id, camera.code(), "890", T0));
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.replayed()).isEqualTo("true");
		assertThat(retry.body()).isEqualTo(first.body());

		var storm = alarm("%s", camera.code(), "891", T0);
		var cases = new HashSet<String>();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(16);
		try {
			var calls = new ArrayList<Callable<Answer>>();
			for (int i = 0; i < 24; i++) {
				var body = storm.formatted(i % 2 == 0 ? "RACE-" + id : alarmId());
				calls.add(() -> {
					start.await();
					return push(body);
				});
			}
			var futures = calls.stream().map(pool::submit).toList();
			start.countDown();
			for (var future : futures) {
				var answer = future.get();
				assertThat(answer.status()).isEqualTo(201);
				cases.add(answer.caseNo());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(cases).hasSize(1);
		assertThat(count("select count(*) from video_alarm where alarm_id = ?", "RACE-" + id)).isEqualTo(1);
	}

	@Test
	void aDismissedFalseAlarmCountsAgainstItsCameraAndLaterAlarmsOpenANewCase() throws Exception {
		var camera = camera();
		var lead = push(alarm(alarmId(), camera.code(), "892", T0));
		var caseId = count("select id from caseflow_case where number = ?", lead.caseNo());
		mvc.perform(post("/cases/{id}/actions/VERIFY_FAIL", caseId).with(as(users, "intake"))
			.with(csrf())
			.param("version", String.valueOf(count("select version from caseflow_case where id = ?", caseId)))
			.param("opinion", "现场无垃圾，阴影误识别"))
			.andExpect(status().is3xxRedirection());

		var dismissed = jdbc.queryForMap("""
				select a.status, a.dismiss_reason from video_alarm a join caseflow_case c on c.report_id = a.report_id
				where c.number = ?""", lead.caseNo());
		assertThat(dismissed.get("status")).isEqualTo("DISMISSED");
		assertThat(dismissed.get("dismiss_reason")).isEqualTo("现场无垃圾，阴影误识别");
		var later = push(alarm(alarmId(), camera.code(), "892", T0.plusMinutes(5)));
		assertThat(later.caseNo()).isNotEqualTo(lead.caseNo());

		mvc.perform(get("/video/cameras").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.matchesPattern(
					"(?s).*<code>" + camera.code() + "</code>.*?<td class=\"text-end\">2</td>\\s*"
							+ "<td class=\"text-end\">2</td>\\s*<td class=\"text-end\">1</td>\\s*"
							+ "<td class=\"text-end\">100%</td>.*")));
	}

	@Test
	void anAdministratorRegistersAnEnforcementCameraAndItsAlarmsArrive() throws Exception {
		var platform = count("select id from video_platform order by id limit 1");
		var grid = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid order by code desc limit 1");
		mvc.perform(post("/video/cameras").with(as(users, "admin"))
			.with(csrf())
			.param("platformId", "" + platform)
			.param("code", "CAM-ENF-01")
			.param("name", "解放路电子警察")
			.param("lon", grid.get("centroid_lon").toString())
			.param("lat", grid.get("centroid_lat").toString())
			.param("enforcementDevice", "true")
			.param("reviewApprovedOn", "2026-10-01")
			.param("publishedOn", "2026-10-10"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select enforcement_device from video_camera where code = 'CAM-ENF-01'",
				Boolean.class)).isTrue();
		assertThat(push(alarm(alarmId(), "CAM-ENF-01", "893", T0)).status()).isEqualTo(201);
		mvc.perform(post("/video/cameras").with(as(users, "intake")).with(csrf()).param("code", "X"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAlarmBelowItsTypesConfidenceIsRecordedWithoutACase() throws Exception {
		var camera = camera();
		jdbc.update("update video_alarm_type set confidence_min = 0.95 where vendor = 'DAHUA' and alarm_code = '894'");
		try {
			var cases = count("select count(*) from caseflow_case");
			var answer = push(alarm(alarmId(), camera.code(), "894", T0));
			assertThat(answer.status()).isEqualTo(201);
			assertThat(answer.body().get("alarmStatus").stringValue()).isEqualTo("FILTERED");
			assertThat(answer.body().get("caseNo").isNull()).isTrue();
			assertThat(count("select count(*) from caseflow_case")).isEqualTo(cases);
		}
		finally {
			jdbc.update("update video_alarm_type set confidence_min = 0 where vendor = 'DAHUA' and alarm_code = '894'");
		}
	}

	@Test
	void anUnmappedCodeStillOpensACaseForTheOperatorToCategorise() throws Exception {
		var answer = push(alarm(alarmId(), camera().code(), "999", T0));
		assertThat(answer.status()).isEqualTo(201);
		assertThat(jdbc.queryForObject("""
				select r.category_text from caseflow_case c join intake_report r on r.id = c.report_id
				where c.number = ? and c.category_id is null""", String.class, answer.caseNo())).isEqualTo("999");
	}

	@Test
	void badAlarmsNameEveryProblemAndStoreNothing() throws Exception {
		var alarms = count("select count(*) from video_alarm");
		var reports = count("select count(*) from intake_report");
		var camera = camera();

		var bad = push("""
				{"platform": "VIDEO-OTHER", "alarmId": "a b", "cameraId": "%s", "occurredAt": "yesterday",
				 "lon": 113.6, "confidence": 1.5, "snapshot": "@@not base64@@"}""".formatted(camera.code()));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("platform",
				"alarmId", "alarmCode", "occurredAt", "lat", "confidence", "snapshot");

		var notAnImage = push(alarm(alarmId(), camera.code(), "890", T0).replace(PNG,
				Base64.getEncoder().encodeToString("just text".getBytes(StandardCharsets.UTF_8))));
		assertThat(notAnImage.body().get("errors").get(0).get("code").stringValue()).isEqualTo("snapshotType");
		var huge = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(Base64.getDecoder().decode(PNG), 0, huge, 0, 16);
		var tooLarge = push(alarm(alarmId(), camera.code(), "890", T0).replace(PNG,
				Base64.getEncoder().encodeToString(huge)));
		assertThat(tooLarge.body().get("errors").get(0).get("code").stringValue()).isEqualTo("snapshotTooLarge");
		var noPicture = push(alarm(alarmId(), camera.code(), "890", T0).replace(", \"snapshot\": \"" + PNG + "\"", ""));
		assertThat(noPicture.body().get("errors").get(0).get("code").stringValue()).isEqualTo("snapshotMissing");
		var unknownCamera = push(alarm(alarmId(), "NO-SUCH-CAMERA", "890", T0));
		assertThat(unknownCamera.status()).isEqualTo(400);
		assertThat(unknownCamera.body().get("errors").get(0).get("field").stringValue()).isEqualTo("cameraId");
		assertThat(push("demo-12345-key", alarm(alarmId(), camera.code(), "890", T0)).status()).isEqualTo(403);
		assertThat(push("no-such-key", alarm(alarmId(), camera.code(), "890", T0)).status()).isEqualTo(401);

		assertThat(count("select count(*) from video_alarm")).isEqualTo(alarms);
		assertThat(count("select count(*) from intake_report")).isEqualTo(reports);
	}
}
