package org.chengguan.frontage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.chengguan.TestLogins;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Frontage units and cases made for a test: each test uses its own unit grid of the demo city (away from the demo
 * shops, which stand near the streets' centres), so that one test's cases never land at another's frontage.
 */
final class FrontageUnits {

	/** Metres to degrees at the demo city's latitude. */
	static final double LON_PER_METRE = 1 / (111_320 * Math.cos(Math.toRadians(34.7)));

	static final double LAT_PER_METRE = 1 / 110_574.0;

	private final JdbcTemplate jdbc;

	private final FrontageManagement frontages;

	private final StaffManagement staff;

	private final IntakeManagement intake;

	FrontageUnits(JdbcTemplate jdbc, FrontageManagement frontages, StaffManagement staff, IntakeManagement intake) {
		this.jdbc = jdbc;
		this.frontages = frontages;
		this.staff = staff;
		this.intake = intake;
	}

	/** The centre of a unit grid (lon, lat). */
	double[] centre(String gridCode) {
		var row = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid where code = ?", gridCode);
		return new double[] { (Double) row.get("centroid_lon"), (Double) row.get("centroid_lat") };
	}

	/** An 8 m frontage running east from the grid's centre. */
	static String kerb(double[] at) {
		return String.format(Locale.ROOT, "%.6f,%.6f;%.6f,%.6f", at[0], at[1], at[0] + 8 * LON_PER_METRE, at[1]);
	}

	static NewFrontage shop(String name, String frontage) {
		return new NewFrontage(name, null, "92410100MA" + Math.abs(name.hashCode() % 1_000_000), "王先生", "13903710001",
				"测试路 1 号", frontage, null, null, null, null);
	}

	Actor actor(String username) {
		var id = jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
		var name = jdbc.queryForObject("select name from staff_member where id = ?", String.class, id);
		return new Actor(id, username, name);
	}

	/** A unit registered by {@code username} with their 辖区 and the authority to manage frontages. */
	FrontageUnit register(String username, NewFrontage unit) {
		var actor = actor(username);
		return TestLogins.withAuthorities(() -> frontages.register(unit, staff.scopeOf(actor.id()), actor),
				"frontage:manage");
	}

	/** A patrol case of this category at the point, reported by grid01 (accepted at once); its id. */
	long patrolCase(String categoryCode, double lon, double lat) {
		return reported(Channel.PATROL, categoryCode, lon, lat, actor("grid01").id());
	}

	/** A case of this category at the point, taken by the 受理员 on the phone (to be accepted); its id. */
	long phoneCase(String categoryCode, double lon, double lat) {
		return reported(Channel.PHONE_WALKIN, categoryCode, lon, lat, actor("intake").id());
	}

	private long reported(Channel channel, String categoryCode, double lon, double lat, long by) {
		var category = jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = ?", Long.class,
				categoryCode);
		var report = intake.receive(new NewReport(channel, null, null, Instant.now(), category, null, false, "门前问题",
				null, lon, lat, null, by, false, List.of()));
		return jdbc.queryForObject("select id from caseflow_case where report_id = ?", Long.class, report.getId());
	}
}
