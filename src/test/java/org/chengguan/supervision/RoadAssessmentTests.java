package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.road.NewRoad;
import org.chengguan.road.RoadManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 路长 in the monthly assessment (issue 13 §2): each segment is scored under the scheme by the facts of the cases found
 * on it in the month — counts and rates, never a fine — and named with its 路长.
 */
@ChengguanIntegrationTest
class RoadAssessmentTests {

	static final YearMonth MONTH = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).minusMonths(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RoadManagement roads;

	@Autowired
	StaffManagement staff;

	@Autowired
	IntakeManagement intake;

	@Test
	void eachSegmentIsScoredByTheCasesFoundOnItAndNamedWithItsChief() throws Exception {
		var grid = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid where code = '990101002001001'");
		double lon = (Double) grid.get("centroid_lon");
		double lat = (Double) grid.get("centroid_lat");
		var squad = jdbc.queryForObject("select id from staff_member where username = 'squad02'", Long.class);
		var actor = new Actor(squad, "squad02", "squad02");
		var segment = TestLogins.withAuthorities(() -> roads.register(new NewRoad("考核测试路",
				String.format(Locale.ROOT, "%.6f,%.6f;%.6f,%.6f", lon, lat, lon + 0.001, lat), 15, "grid02", null, null,
				null), staff.scopeOf(squad), actor), "road:manage");
		var category = jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = '06010'",
				Long.class);
		var report = intake.receive(new NewReport(Channel.PATROL, null, null, Instant.now(), category, null, false,
				"路面垃圾", null, lon + 0.0004, lat, null, squad, false, List.of()));
		var caseId = jdbc.queryForObject("select id from caseflow_case where report_id = ?", Long.class, report.getId());
		// found on the segment last month
		jdbc.update("update road_case set received_at = ? where case_id = ?",
				Timestamp.from(MONTH.atDay(10).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()), caseId);

		var computed = mvc.perform(post("/supervision/assessments").param("month", MONTH.toString())
			.param("subject", "ROAD").param("scheme", "ON-TIME-60").with(csrf()).with(as(users, "supervisor")))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		var id = Long.parseLong(computed.substring(computed.lastIndexOf('/') + 1));
		var score = jdbc.queryForMap("""
				select subject_name, cases from supervision_assessment_score where assessment_id = ? and subject_key = ?""",
				id, segment.getCode());
		var chief = jdbc.queryForObject("select name from staff_member where username = 'grid02'", String.class);
		assertThat(score.get("subject_name")).isEqualTo("考核测试路 · " + chief);
		assertThat(score.get("cases")).isEqualTo(1);
		var page = mvc.perform(get(computed).with(as(users, "supervisor"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("路长（路段）", "考核测试路").doesNotContain("罚款", "¥");
	}
}
