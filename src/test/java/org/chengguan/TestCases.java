package org.chengguan;

import java.time.Instant;
import java.util.List;

import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loop cases made for a test through intake, as the people of the demo bureau would report them. */
public final class TestCases {

	private TestCases() {
	}

	/** A patrol case of 露天烧烤 (06029) reported by the officer in the first unit grid of its squad's street; its id. */
	public static long barbecueOnPatrol(JdbcTemplate jdbc, IntakeManagement intake, String officer, String description) {
		var grid = jdbc.queryForMap("""
				select g.centroid_lon, g.centroid_lat from grid_unit_grid g
				join staff_org_unit_region r on g.code like r.region_code || '%'
				join staff_member m on m.org_unit_id = r.org_unit_id
				where m.username = ? order by g.code limit 1""", officer);
		var category = jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = '06029'",
				Long.class);
		var officerId = jdbc.queryForObject("select id from staff_member where username = ?", Long.class, officer);
		var report = intake.receive(new NewReport(Channel.PATROL, null, null, Instant.now(), category, "露天烧烤", false,
				description, "和平路夜市路口", (Double) grid.get("centroid_lon"), (Double) grid.get("centroid_lat"), null,
				officerId, false, List.of()));
		return jdbc.queryForObject("select id from caseflow_case where report_id = ?", Long.class, report.getId());
	}

	/**
	 * A 暴露垃圾 (06010) report taken by the 受理员 from a caller who left a name and a phone, in the first unit grid;
	 * the case's id.
	 */
	public static long calledIn(JdbcTemplate jdbc, IntakeManagement intake, String phone, String description) {
		var grid = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
		var category = jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = '06010'",
				Long.class);
		var intakeId = jdbc.queryForObject("select id from staff_member where username = 'intake'", Long.class);
		var report = intake.receive(new NewReport(Channel.PHONE_WALKIN, null, null, Instant.now(), category, null, false,
				description, "和平路 18 号", (Double) grid.get("centroid_lon"), (Double) grid.get("centroid_lat"),
				new NewReport.Reporter("李市民", phone), intakeId, false, List.of()));
		return jdbc.queryForObject("select id from caseflow_case where report_id = ?", Long.class, report.getId());
	}
}
