package org.chengguan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Intake where the call is taken (issue 9 §4): the forms place the problem on a map with an address search over the
 * gazetteer and show the unit grid and the open cases nearby while the call is entered; the 受理员 merges before
 * saving; a call logged late keeps its own time; a merged parent lists its reports and their masked callers.
 */
@ChengguanIntegrationTest
class IntakeWhereTheCallIsTakenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	CaseSteps steps;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
	}

	Map<String, Object> grid() {
		return jdbc.queryForMap("select code, centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
	}

	long rubbish() {
		return jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = '06010'", Long.class);
	}

	MockMultipartHttpServletRequestBuilder manual(String... params) {
		var request = multipart("/intake/new");
		request.with(as(users, "intake")).with(csrf());
		var grid = grid();
		request.param("channel", "PHONE_WALKIN")
			.param("categoryId", "" + rubbish())
			.param("description", "门口有一堆垃圾")
			.param("lon", grid.get("centroid_lon").toString())
			.param("lat", grid.get("centroid_lat").toString())
			.param("callerName", "李四")
			.param("callerPhone", "13912345678");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	@Test
	void theFormsHaveAMapAnAddressSearchAndTheGridOfThePin() throws Exception {
		mvc.perform(get("/intake/new").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"place-map\"")))
			.andExpect(content().string(Matchers.containsString("/map/search")))
			.andExpect(content().string(Matchers.containsString("/cases/nearby")))
			.andExpect(content().string(Matchers.containsString("name=\"reportedAt\"")));
		mvc.perform(get("/patrol").with(as(users, "grid01")))
			.andExpect(content().string(Matchers.containsString("id=\"place-map\"")));
		mvc.perform(get("/map/search").param("q", "办事处").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("class=\"list-group-item list-group-item-action place-result\"")))
			.andExpect(content().string(Matchers.containsString("办事处")))
			.andExpect(content().string(Matchers.containsString("data-lon=")));
		mvc.perform(get("/map/search").param("q", "没有这个地方").with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("未找到")));
		var grid = grid();
		mvc.perform(get("/map/locate").param("lon", grid.get("centroid_lon").toString())
			.param("lat", grid.get("centroid_lat").toString())
			.with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString((String) grid.get("code"))));
	}

	@Test
	void openCasesNearbyShowWhileTheCallIsEnteredAndTheOperatorMergesBeforeSaving() throws Exception {
		var parent = steps.pushOrder("门前暴露垃圾（先到的工单）");
		var parentNumber = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class,
				parent.caseId());
		var grid = grid();
		mvc.perform(get("/cases/nearby").param("lon", grid.get("centroid_lon").toString())
			.param("lat", grid.get("centroid_lat").toString())
			.param("categoryId", "" + rubbish())
			.with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(parentNumber)))
			.andExpect(content().string(Matchers.containsString("name=\"mergeInto\"")))
			.andExpect(content().string(Matchers.containsString(" 米 · ")));

		var redirect = mvc.perform(manual("mergeInto", parentNumber))
			.andExpect(redirectedUrlPattern("/cases/report/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var reportId = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
		var child = jdbc.queryForMap("select id, status, duplicate_of_id from caseflow_case where report_id = ?",
				reportId);
		assertThat(child.get("status")).isEqualTo("MERGED");
		assertThat(child.get("duplicate_of_id")).isEqualTo(parent.caseId());
		mvc.perform(get("/cases/{id}", parent.caseId()).with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("id=\"merged\"")))
			.andExpect(content().string(Matchers.containsString("李*")))
			.andExpect(content().string(Matchers.containsString("139****5678")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13912345678"))));
	}

	@Test
	void aMergeIntoACaseThatIsNotOpenRefusesTheWholeReport() throws Exception {
		var closed = steps.pushOrder("已作废的工单");
		steps.acceptAndRegister(closed.caseId());
		steps.act(closed.caseId(), "shift", "CANCEL", "opinion", "测试数据");
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class,
				closed.caseId());
		var reports = jdbc.queryForObject("select count(*) from intake_report", Long.class);
		mvc.perform(manual("mergeInto", number))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("合并目标必须是另一件未办结的案卷")));
		mvc.perform(manual("mergeInto", "AJ1"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from intake_report", Long.class)).isEqualTo(reports);
	}

	@Test
	void aCallLoggedLateKeepsItsOwnTime() throws Exception {
		var zone = ZoneId.of("Asia/Shanghai");
		var calledAt = LocalDateTime.now(zone).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
		var redirect = mvc.perform(manual("reportedAt", calledAt.toString()))
			.andExpect(redirectedUrlPattern("/cases/report/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var reportId = Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
		var stored = jdbc.queryForObject("select reported_at from intake_report where id = ?", java.sql.Timestamp.class,
				reportId);
		assertThat(stored.toInstant()).isEqualTo(calledAt.atZone(zone).toInstant());
		mvc.perform(manual("reportedAt", LocalDateTime.now(zone).plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("来电时间不能晚于现在")));
	}

	@Test
	void aCategoryWithoutOpeningConditionIsMarkedAtIntake() throws Exception {
		var id = steps.pushOrder("河道里有污染物").caseId();
		mvc.perform(get("/cases/{id}", id).with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("06026 河道污染 （无立案条件）")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("06010 暴露垃圾 （无立案条件）"))));
	}
}
