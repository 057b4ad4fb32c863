package org.chengguan.road;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.caseflow.CaseSteps;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 路长制 against the real database and the demo city: a segment keeps the grids it crosses and gets its street's next
 * number; only a 辖区 covering its street sets it up; a case within the road's reach links to it and names its 路长, who
 * sees it among the open cases until it closes; a 路长 hands over.
 */
@ChengguanIntegrationTest
class RoadTests {

	static final double LON_PER_METRE = 1 / (111_320 * Math.cos(Math.toRadians(34.7)));

	static final double LAT_PER_METRE = 1 / 110_574.0;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RoadManagement roads;

	@Autowired
	StaffManagement staff;

	@Autowired
	IntakeManagement intake;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		var id = jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
		return new Actor(id, username, username);
	}

	double[] centre(String grid) {
		var row = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid where code = ?", grid);
		return new double[] { (Double) row.get("centroid_lon"), (Double) row.get("centroid_lat") };
	}

	/** A 150 m segment running east from the grid's centre, 路长 the given person. */
	RoadSegment segment(String by, String grid, String chief) {
		var at = centre(grid);
		var line = String.format(Locale.ROOT, "%.6f,%.6f;%.6f,%.6f", at[0], at[1], at[0] + 150 * LON_PER_METRE, at[1]);
		var actor = actor(by);
		return TestLogins.withAuthorities(() -> roads.register(new NewRoad("测试路" + grid.substring(12), line, 15, chief,
				null, null, null), staff.scopeOf(actor.id()), actor), "road:manage");
	}

	long patrolCase(double lon, double lat) {
		var category = jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = '06010'",
				Long.class);
		var report = intake.receive(new NewReport(Channel.PATROL, null, null, Instant.now(), category, null, false,
				"路面暴露垃圾", null, lon, lat, null, actor("grid01").id(), false, List.of()));
		return jdbc.queryForObject("select id from caseflow_case where report_id = ?", Long.class, report.getId());
	}

	@Test
	void aSegmentKeepsTheGridsItCrossesAndItsStreetsNextNumber() {
		var segment = segment("squad01", "990101001001001", "grid01");
		assertThat(segment.getCode()).startsWith("LZ990101001").hasSize(14);
		assertThat(segment.getLengthMetres()).isBetween(148, 152);
		// 150 m east from the first grid's centre crosses into the next grids of the row (100 m cells)
		assertThat(roads.gridsOf(segment.getId())).contains("990101001001001", "990101001001002").hasSizeGreaterThan(1);
		assertThat(segment.getDutyFacilities()).contains("井盖");
	}

	@Test
	void aSegmentIsSetUpOnlyInsideOnesOwnAreaWithALineAndAnEnabledChief() {
		var before = jdbc.queryForObject("select count(*) from road_segment", Long.class);
		assertThatThrownBy(() -> segment("squad02", "990101001001005", "grid02")).hasMessage("road.error.outsideScope");
		assertThatThrownBy(() -> segment("squad01", "990101001001005", "nobody")).hasMessage("road.error.chief");
		var actor = actor("squad01");
		var scope = staff.scopeOf(actor.id());
		for (var bad : new String[][] { { "113.6,34.7", "road.error.line" },
				{ "113.6,34.7;113.601,34.7;113.601,34.701;113.6,34.7", "road.error.line" },
				{ "113.6,34.7;113.7,34.7", "grid.error.shapeExtent" }, { "east of the market", "grid.error.shape" } }) {
			assertThatThrownBy(() -> TestLogins.withAuthorities(() -> roads.register(new NewRoad("坏路", bad[0], 15,
					"grid01", null, null, null), scope, actor), "road:manage")).as(bad[0]).hasMessage(bad[1]);
		}
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> roads.register(new NewRoad("宽路",
				"113.6,34.7;113.6005,34.7", 150, "grid01", null, null, null), scope, actor), "road:manage"))
			.hasMessage("road.error.reach");
		assertThat(jdbc.queryForObject("select count(*) from road_segment", Long.class)).isEqualTo(before);
	}

	@Test
	void aCaseWithinTheRoadsReachNamesItsChiefWhoSeesItUntilItCloses() throws Exception {
		var segment = segment("squad01", "990101001001009", "officer01");
		var at = centre("990101001001009");
		var on = patrolCase(at[0] + 60 * LON_PER_METRE, at[1] + 10 * LAT_PER_METRE);
		var off = patrolCase(at[0] + 60 * LON_PER_METRE, at[1] + 40 * LAT_PER_METRE);
		assertThat(roads.chiefOfCase(on)).hasValueSatisfying(chief -> {
			assertThat(chief.segmentId()).isEqualTo(segment.getId());
			assertThat(chief.chiefName()).isEqualTo(jdbc.queryForObject(
					"select name from staff_member where username = 'officer01'", String.class));
		});
		assertThat(roads.chiefOfCase(off)).isEmpty();
		var scope = staff.scopeOf(actor("officer01").id());
		assertThat(roads.openCases(segment.getId(), scope)).extracting(c -> c.id()).containsExactly(on);
		var page = mvc.perform(get("/roads/for-case/{id}", on).with(as(users, "intake"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"case-road-chief\"", segment.getName());

		var steps = new CaseSteps(mvc, jdbc, users);
		var conditionId = jdbc.queryForObject("""
				select id from category_condition where category_id = (select category_id from caseflow_case where id = ?)
				and enabled order by id limit 1""", Long.class, on);
		steps.act(on, "intake", "REGISTER", "conditionId", conditionId.toString());
		steps.dispatchToClosed(on);
		assertThat(roads.openCases(segment.getId(), scope)).isEmpty();
	}

	@Test
	void theChiefHandsOverAndOnlyThoseWhoManageRoadsInTheirAreaDoSo() throws Exception {
		var segment = segment("squad01", "990101001001013", "grid01");
		mvc.perform(post("/roads/{id}/chief", segment.getId()).param("chief", "officer01").with(as(users, "aux01"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/roads/{id}/chief", segment.getId()).param("chief", "officer01").with(as(users, "squad02"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/roads/{id}/chief", segment.getId()).param("chief", "officer01").with(as(users, "squad01"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select chief_id from road_segment where id = ?", Long.class, segment.getId()))
			.isEqualTo(actor("officer01").id());
		var mine = mvc.perform(get("/roads").with(as(users, "officer01"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(mine).contains("id=\"road-mine\"", segment.getName());
		mvc.perform(get("/roads/{id}", segment.getId()).with(as(users, "aux01"))).andExpect(status().isOk());
		mvc.perform(get("/roads").with(as(users, "finance"))).andExpect(status().isForbidden());
		var form = mvc.perform(get("/roads/new").with(as(users, "squad01"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(form).contains("id=\"shape-draw\"", "name=\"centreLine\"").doesNotContain("id=\"shape-close\"");
		var refused = mvc.perform(post("/roads").param("name", "越界路").param("chief", "grid02")
			.param("centreLine", "113.60,34.70;113.61,34.70").with(as(users, "squad02")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"road-form\"", "alert-danger");
	}
}
