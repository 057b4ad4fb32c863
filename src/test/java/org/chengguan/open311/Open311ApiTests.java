package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import org.chengguan.ChengguanIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

/** GeoReport v2: discovery, services, definitions, posting and reading requests in JSON and XML; spec errors. */
@ChengguanIntegrationTest
class Open311ApiTests {

	static final String KEY = "demo-open311-key";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDetailsService users;

	Map<String, Object> grid() {
		return jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
	}

	MockHttpServletRequestBuilder postRequest(String format, String... params) {
		var request = post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	String create(String description) throws Exception {
		var grid = grid();
		var body = mvc
			.perform(postRequest("json", "api_key", KEY, "service_code", "E06010", "lat",
					grid.get("centroid_lat").toString(), "long", grid.get("centroid_lon").toString(), "description",
					description, "first_name", "小明", "last_name", "王", "phone", "13900001111", "media_url",
					"https://img.example/p/1.jpg"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body).get(0).get("service_request_id").stringValue();
	}

	@Test
	void discoveryAndServicesInJsonAndXml() throws Exception {
		mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endpoints[0].url").value("http://localhost/open311/v2"))
			.andExpect(jsonPath("$.endpoints[0].formats[0]").value("text/xml"));
		mvc.perform(get("/open311/v2/discovery.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/discovery/endpoints/endpoint/specification").string("http://wiki.open311.org/GeoReport_v2"));

		mvc.perform(get("/open311/v2/services.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.service_code == 'E06010')].group").value("市容环境类"))
			.andExpect(jsonPath("$[?(@.service_code == 'C01004')]").isEmpty());
		mvc.perform(get("/open311/v2/services.xml"))
			.andExpect(xpath("/services/service[service_code='E06010']/service_name").string("暴露垃圾"))
			.andExpect(xpath("/services/service[service_code='E06010']/metadata").string("false"));
		mvc.perform(get("/open311/v2/services/E06010.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("E06010"))
			.andExpect(jsonPath("$.attributes").isEmpty());
		mvc.perform(get("/open311/v2/services/C01004.xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		mvc.perform(get("/open311/v2/services.yaml")).andExpect(status().isNotFound());
	}

	@Test
	void aPostedRequestBecomesACaseAndReadsBackWithoutTheReporter() throws Exception {
		var id = create("小区门口垃圾堆积");
		assertThat(id).matches("AJ\\d{14}");
		var row = jdbc.queryForMap("""
				select c.source, c.status, r.reporter_phone from caseflow_case c join intake_report r on r.id = c.report_id
				where c.number = ?""", id);
		assertThat(row.get("source")).isEqualTo("OPEN311");
		assertThat(row.get("status")).isEqualTo("REPORTED");
		assertThat((String) row.get("reporter_phone")).doesNotContain("13900001111");

		var one = mvc.perform(get("/open311/v2/requests/{id}.json", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].service_code").value("E06010"))
			.andExpect(jsonPath("$[0].service_name").value("暴露垃圾"))
			.andExpect(jsonPath("$[0].media_url").value("https://img.example/p/1.jpg"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(one).doesNotContain("13900001111").doesNotContain("王小明").doesNotContain("****");
		mvc.perform(get("/open311/v2/requests/{id}.xml", id))
			.andExpect(xpath("/service_requests/request/service_request_id").string(id))
			.andExpect(xpath("/service_requests/request/status").string("open"));

		var caseId = jdbc.queryForObject("select id from caseflow_case where number = ?", Long.class, id);
		var version = jdbc.queryForObject("select version from caseflow_case where id = ?", Long.class, caseId);
		mvc.perform(post("/cases/{id}/actions/REJECT_INTAKE", caseId).with(as(users, "intake"))
			.with(csrf())
			.param("version", version.toString())
			.param("opinion", "已由物业处理"));
		mvc.perform(get("/open311/v2/requests/{id}.json", id))
			.andExpect(jsonPath("$[0].status").value("closed"))
			.andExpect(jsonPath("$[0].status_notes").value("不予受理"));
		mvc.perform(get("/open311/v2/requests/AJ00000000000000.json")).andExpect(status().isNotFound());
	}

	@Test
	void requestsAreFilteredWithinNinetyDaysAndAThousandRows() throws Exception {
		var open = create("路边乱堆杂物");
		var other = create("绿化带垃圾");
		mvc.perform(get("/open311/v2/requests.json").param("status", "open").param("service_code", "E06010"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].service_request_id", Matchers.hasItems(open, other)));
		mvc.perform(get("/open311/v2/requests.json").param("service_request_id", open + "," + other)
			.param("start_date", "2020-01-01T00:00:00+08:00"))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/open311/v2/requests.json").param("status", "closed").param("service_request_id", ""))
			.andExpect(jsonPath("$[*].service_request_id", Matchers.not(Matchers.hasItem(open))));
		var now = OffsetDateTime.now();
		mvc.perform(get("/open311/v2/requests.json").param("start_date", now.minusDays(100).toString())
			.param("end_date", now.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value("查询时间跨度不能超过 90 天。"));
		mvc.perform(get("/open311/v2/requests.xml").param("status", "pending").param("end_date", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("count(/errors/error)").number(2.0));
	}

	@Test
	void badPostsGetTheSpecsErrorsAndStoreNothing() throws Exception {
		var reports = jdbc.queryForObject("select count(*) from intake_report", Long.class);
		mvc.perform(postRequest("json", "service_code", "E06010", "address_string", "和平路"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403));
		mvc.perform(postRequest("json", "api_key", "demo-12345-key", "service_code", "E06010", "address_string", "和平路"))
			.andExpect(status().isForbidden());
		mvc.perform(postRequest("xml", "api_key", KEY, "lat", "34.7", "media_url", "ftp://x", "description",
				"长".repeat(4001)))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("count(/errors/error)").number(4.0))
			.andExpect(xpath("/errors/error[1]/description").string("必须提供 service_code。"));
		mvc.perform(postRequest("json", "api_key", KEY, "service_code", "E06010"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("必须提供位置：lat 和 long，或 address_string。"));
		assertThat(jdbc.queryForObject("select count(*) from intake_report", Long.class)).isEqualTo(reports);

		mvc.perform(postRequest("json", "api_key", KEY, "service_code", "E06010", "address_string", "不存在的地方"))
			.andExpect(status().isOk());
	}
}
