package org.chengguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/hotline/work-orders}: located cases, idempotent retries under races, every problem named. */
@ChengguanIntegrationTest
class WorkOrderApiTests {

	static final String KEY_12345 = "demo-12345-key";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	static String orderNo() {
		return "GD" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	Map<String, Object> grid() {
		return jdbc.queryForMap("select code, centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
	}

	String order(String orderNo, String extra) {
		return """
				{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00",
				 "urgency": "NORMAL", "category": "暴露垃圾", "categoryCode": "06010", "address": "和平路 18 号门前",
				 "content": "门前垃圾堆放三天无人清理", "caller": {"name": "张三", "phone": "13812341234"} %s}"""
			.formatted(orderNo, extra);
	}

	MvcResult push(String key, String body) throws Exception {
		return mvc
			.perform(post("/api/hotline/work-orders").header("X-Api-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.getBytes(StandardCharsets.UTF_8)))
			.andReturn();
	}

	long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	@Test
	void anOrderWithCoordinatesBecomesALocatedCase() throws Exception {
		var grid = grid();
		var no = orderNo();
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", KEY_12345)
			.contentType(MediaType.APPLICATION_JSON)
			.content(order(no, ", \"lon\": %s, \"lat\": %s".formatted(grid.get("centroid_lon"), grid.get("centroid_lat")))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andExpect(jsonPath("$.caseNo").value(org.hamcrest.Matchers.matchesPattern("AJ\\d{14}")))
			.andExpect(jsonPath("$.status").value("REPORTED"))
			.andExpect(jsonPath("$.gridCode").value(grid.get("code")));

		var row = jdbc.queryForMap("""
				select r.reporter_phone, r.category_id, c.status, c.category_key, o.sign_due_at, o.reply_due_at
				from hotline_order o join intake_report r on r.id = o.report_id join caseflow_case c on c.id = o.case_id
				where o.order_no = ?""", no);
		assertThat((String) row.get("reporter_phone")).isNotBlank().doesNotContain("1381234");
		assertThat(row.get("category_key")).isEqualTo("E06010");
		assertThat(row.get("sign_due_at")).isNotNull();
		assertThat(jdbc.queryForObject("""
				select count(*) from caseflow_timer t join hotline_order o on o.case_id = t.case_id
				where o.order_no = ? and t.stage = 'INTAKE' and t.stopped_at is null""", Long.class, no)).isEqualTo(1);
	}

	@Test
	void anOrderWithoutCoordinatesIsLocatedByTheCommunityItNames() throws Exception {
		var community = jdbc.queryForMap("""
				select c.name, s.name as street from grid_region c join grid_region s on s.id = c.parent_id
				where c.level = 'COMMUNITY' order by c.code limit 1""");
		var body = order(orderNo(), "").replace("和平路 18 号门前", community.get("street") + "" + community.get("name") + "3 号楼下");
		var result = push(KEY_12345, body);
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		assertThat(json.readTree(result.getResponse().getContentAsString()).get("gridCode").isNull()).isFalse();

		var unknown = push(KEY_12345, order(orderNo(), "").replace("和平路 18 号门前", "不存在的地方 1 号"));
		assertThat(unknown.getResponse().getStatus()).isEqualTo(201);
		assertThat(json.readTree(unknown.getResponse().getContentAsString()).get("gridCode").isNull()).isTrue();
	}

	@Test
	void aRetryGetsTheSameAnswerAndNoSecondCase() throws Exception {
		var no = orderNo();
		var first = json.readTree(push(KEY_12345, order(no, "")).getResponse().getContentAsString());
		var cases = count("caseflow_case");
		var retry = push(KEY_12345, order(no, ""));
		assertThat(retry.getResponse().getStatus()).isEqualTo(201);
		assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(json.readTree(retry.getResponse().getContentAsString())).isEqualTo(first);
		assertThat(count("caseflow_case")).isEqualTo(cases);
	}

	@Test
	void fiftyParallelPostsOfOneOrderCreateExactlyOneCase() throws Exception {
		var no = orderNo();
		var body = order(no, "");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(50);
		try {
			var calls = new ArrayList<Callable<MvcResult>>();
			for (int i = 0; i < 50; i++) {
				calls.add(() -> {
					start.await();
					return push(KEY_12345, body);
				});
			}
			var futures = calls.stream().map(pool::submit).toList();
			start.countDown();
			var answers = new HashSet<String>();
			for (var future : futures) {
				var response = future.get().getResponse();
				assertThat(response.getStatus()).isEqualTo(201);
				answers.add(json.readTree(response.getContentAsString()).get("caseNo").asString());
			}
			assertThat(answers).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from intake_report where external_ref = ?", Long.class, no))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from caseflow_case c join intake_report r on r.id = c.report_id
				where r.external_ref = ?""", Long.class, no)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from hotline_order where order_no = ?", Long.class, no))
			.isEqualTo(1);
	}

	@Test
	void aMissingOrForeignKeyIsRefused() throws Exception {
		var no = orderNo();
		var missing = push("", order(no, ""));
		assertThat(missing.getResponse().getStatus()).isEqualTo(401);
		assertThat(missing.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(push("demo-video-key", order(no, "")).getResponse().getStatus()).isEqualTo(403);
		var wrongPlatform = push("demo-12319-key", order(no, ""));
		assertThat(wrongPlatform.getResponse().getStatus()).isEqualTo(400);
		assertThat(wrongPlatform.getResponse().getContentAsString()).contains("\"field\":\"platform\"");
		assertThat(jdbc.queryForObject("select count(*) from intake_report where external_ref = ?", Long.class, no))
			.isZero();
	}

	@Test
	void aMalformedOrderIsRefusedNamingEveryProblemAndNothingIsStored() throws Exception {
		var before = count("intake_report") + count("caseflow_case") + count("hotline_order");
		var body = """
				{"platform": "99999", "orderNo": "含中文", "receivedAt": "yesterday", "urgency": 1,
				 "address": "", "lon": "116.4", "lat": 91, "content": "%s", "categoryCode": "abc",
				 "caller": {"phone": "call me"}, "attachments": [{"url": "ftp://x/y.jpg"}, 3]}"""
			.formatted("长".repeat(4001));
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", KEY_12345)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("platform",
					"orderNo", "receivedAt", "urgency", "address", "lon", "lat", "content", "categoryCode",
					"caller.phone", "attachments[0].url", "attachments[1]")))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		assertThat(count("intake_report") + count("caseflow_case") + count("hotline_order")).isEqualTo(before);
	}

	@Test
	void aLongitudeWithoutLatitudeIsNamed() throws Exception {
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", KEY_12345)
			.contentType(MediaType.APPLICATION_JSON)
			.content(order(orderNo(), ", \"lon\": 116.4")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("lat")));
	}

	@Test
	void notJsonIsABadRequestNamingTheBody() throws Exception {
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", KEY_12345)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"platform\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", KEY_12345)
			.contentType(MediaType.APPLICATION_JSON)
			.content("[1, 2]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", KEY_12345)
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello"))
			.andExpect(status().isUnsupportedMediaType());
	}
}
