package org.chengguan.caseflow;

import static org.chengguan.TestLogins.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.chengguan.ChengguanIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case map (open cases by warning level, within the jurisdiction), the pin map of an unlocated report, and the
 * field staff's task list.
 */
@ChengguanIntegrationTest
class CaseViewsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theKeywordFindsCasesByAnyPartOfTheirText() throws Exception {
		var steps = new CaseSteps(mvc, jdbc, users);
		var manhole = steps.pushOrder("人行道窨井盖板松动，行人易绊倒");
		var noise = steps.pushOrder("夜间工地施工噪音扰民");
		var manholeNo = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class,
				manhole.caseId());
		var noiseNo = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, noise.caseId());
		mvc.perform(get("/cases").param("q", "井盖板").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(manholeNo)))
			.andExpect(content().string(not(containsString(noiseNo))));
		// The same characters in another order are another text.
		mvc.perform(get("/cases").param("q", "板盖井").with(as(users, "intake")))
			.andExpect(content().string(not(containsString(manholeNo))));
		// One character has no bigram: plain LIKE; wildcards are taken literally.
		mvc.perform(get("/cases").param("q", "噪").with(as(users, "intake")))
			.andExpect(content().string(containsString(noiseNo)));
		mvc.perform(get("/cases").param("q", "%_").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(noiseNo))));
	}

	@Test
	void theMapShowsOpenCasesInTheJurisdictionWithTheirLevel() throws Exception {
		var id = new CaseSteps(mvc, jdbc, users).pushOrder("地图上的案卷").caseId();
		jdbc.update("update caseflow_case set overdue_level = 'OVERDUE' where id = ?", id);
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		mvc.perform(get("/cases/map").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"case-map\"")))
			.andExpect(content().string(Matchers.containsString("js/case-map.js")));
		mvc.perform(get("/cases/map/points").with(as(users, "intake")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[?(@.properties.number == '" + number + "')].properties.level")
				.value("OVERDUE"))
			.andExpect(jsonPath("$.features[?(@.properties.number == '" + number + "')].properties.status")
				.value("待受理"));
		// grid21's street is elsewhere: the case is not on its map.
		mvc.perform(get("/cases/map/points").with(as(users, "grid21")))
			.andExpect(jsonPath("$.features[?(@.properties.number == '" + number + "')]").isEmpty());
	}

	@Test
	void anUnlocatedReportIsPinnedOnAMap() throws Exception {
		var no = "GD" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", "demo-12345-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00",
					 "urgency": "NORMAL", "address": "说不清的地方", "content": "待定位的工单"}""".formatted(no)))
			.andExpect(status().isCreated());
		var id = jdbc.queryForObject("select case_id from hotline_order where order_no = ?", Long.class, no);
		mvc.perform(get("/cases/{id}", id).with(as(users, "intake")))
			.andExpect(content().string(Matchers.containsString("id=\"pin-map\"")))
			.andExpect(content().string(Matchers.containsString("data-outlines=")));
		mvc.perform(get("/cases/{id}", id).with(as(users, "dispatcher")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"pin-map\""))));
	}

	@Test
	void theTaskListHoldsWhatEachPersonActsOnNext() throws Exception {
		var steps = new CaseSteps(mvc, jdbc, users);
		var id = steps.pushOrder("待签收的任务").caseId();
		steps.acceptAndRegister(id);
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		var number = jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
		mvc.perform(get("/tasks").with(as(users, "handler")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(number)));
		mvc.perform(get("/tasks").with(as(users, "grid01")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(number))));
	}
}
