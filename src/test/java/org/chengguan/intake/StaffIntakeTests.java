package org.chengguan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** 巡查上报 from a phone and a 受理员's manual entry: each opens its case as the channel says, bad input is refused. */
@ChengguanIntegrationTest
class StaffIntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	Map<String, Object> grid() {
		return jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
	}

	long rubbish() {
		return jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = '06010'", Long.class);
	}

	MockMultipartHttpServletRequestBuilder patrol(String user, String... params) {
		var request = multipart("/patrol");
		request.with(as(users, user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	MockMultipartFile photo(String field) throws Exception {
		var png = CaseSteps.png();
		return new MockMultipartFile(field, "现场.png", "image/png", png.getBytes());
	}

	Map<String, Object> caseOf(String redirect) {
		var reportId = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
		return jdbc.queryForMap("select id, status, source, self_disposed from caseflow_case where report_id = ?",
				reportId);
	}

	@Test
	void aPatrolReportWithPhotoAndPositionIsAcceptedAtOnce() throws Exception {
		mvc.perform(get("/patrol").with(as(users, "grid01")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("js/patrol.js")));
		var grid = grid();
		var redirect = mvc
			.perform(patrol("grid01", "categoryId", "" + rubbish(), "description", "路口垃圾堆积", "lon",
					grid.get("centroid_lon").toString(), "lat", grid.get("centroid_lat").toString())
				.file(photo("photos")))
			.andExpect(redirectedUrlPattern("/cases/report/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var opened = caseOf(redirect);
		assertThat(opened.get("status")).isEqualTo("ACCEPTED");
		assertThat(opened.get("source")).isEqualTo("PATROL");
		mvc.perform(get(redirect).with(as(users, "grid01"))).andExpect(redirectedUrlPattern("/cases/*"));
	}

	@Test
	void aProblemFixedOnTheSpotClosesWithItsAfterPhoto() throws Exception {
		var grid = grid();
		var redirect = mvc
			.perform(patrol("grid01", "categoryId", "" + rubbish(), "description", "小广告已清除", "lon",
					grid.get("centroid_lon").toString(), "lat", grid.get("centroid_lat").toString(), "selfDisposed",
					"true")
				.file(photo("photos"))
				.file(photo("afterPhotos")))
			.andExpect(redirectedUrlPattern("/cases/report/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var opened = caseOf(redirect);
		assertThat(opened.get("status")).isEqualTo("CLOSED");
		assertThat(opened.get("self_disposed")).isEqualTo(true);
	}

	@Test
	void aPatrolReportWithoutPhotoPlaceOrAfterPhotoIsRefused() throws Exception {
		var reports = jdbc.queryForObject("select count(*) from intake_report", Long.class);
		mvc.perform(patrol("grid01", "categoryId", "" + rubbish(), "description", "缺照片"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请拍摄至少一张现场照片")))
			.andExpect(content().string(Matchers.containsString("请提供坐标或地址")));
		mvc.perform(patrol("grid01", "categoryId", "" + rubbish(), "description", "未拍处置后照片", "address", "和平路",
				"selfDisposed", "true").file(photo("photos")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("自行处置须上传处置后照片")));
		mvc.perform(patrol("grid01", "description", "x", "address", "和平路", "lon", "abc").file(photo("photos")))
			.andExpect(status().isBadRequest());
		var text = new MockMultipartFile("photos", "a.png", "image/png", "not an image".getBytes());
		mvc.perform(patrol("grid01", "categoryId", "" + rubbish(), "description", "假照片", "address", "和平路")
			.file(text)).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from intake_report", Long.class)).isEqualTo(reports);
		mvc.perform(get("/patrol").with(as(users, "handler"))).andExpect(status().isForbidden());
	}

	@Test
	void aManualEntryOpensItsCaseAsTheChannelSays() throws Exception {
		var grid = grid();
		var leadership = mvc
			.perform(multipart("/intake/new").with(as(users, "intake"))
				.with(csrf())
				.param("channel", "LEADERSHIP")
				.param("categoryId", "" + rubbish())
				.param("description", "分管领导批示：尽快清理")
				.param("lon", grid.get("centroid_lon").toString())
				.param("lat", grid.get("centroid_lat").toString()))
			.andExpect(redirectedUrlPattern("/cases/report/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(caseOf(leadership).get("status")).isEqualTo("ACCEPTED");

		var call = mvc
			.perform(multipart("/intake/new").with(as(users, "intake"))
				.with(csrf())
				.param("channel", "PHONE_WALKIN")
				.param("description", "来电反映噪音")
				.param("address", "和平路 3 号")
				.param("callerName", "李四")
				.param("callerPhone", "13700001111"))
			.andExpect(redirectedUrlPattern("/cases/report/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(caseOf(call).get("status")).isEqualTo("REPORTED");

		var ref = "MEDIA-" + UUID.randomUUID().toString().substring(0, 8);
		for (var expected : new int[] { 302, 400 }) {
			var response = mvc
				.perform(multipart("/intake/new").with(as(users, "intake"))
					.with(csrf())
					.param("channel", "MEDIA")
					.param("externalRef", ref)
					.param("description", "网络曝光")
					.param("address", "和平路"))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(expected);
			if (expected == 400) {
				assertThat(response.getContentAsString()).contains("该来源已登记过这个编号");
			}
		}
		mvc.perform(multipart("/intake/new").with(as(users, "intake"))
			.with(csrf())
			.param("channel", "HOTLINE_12345")
			.param("description", "冒充热线")
			.param("address", "和平路"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/intake/new").with(as(users, "handler"))).andExpect(status().isForbidden());
	}
}
