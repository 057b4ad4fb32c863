package org.chengguan.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.footage.Device;
import org.chengguan.footage.DeviceManagement;
import org.chengguan.footage.FlightManagement;
import org.chengguan.footage.FootageManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The first district's enforcement devices: a body camera for each squad's officer and a drone for the first squad,
 * all reviewed and published (《行政处罚法》第四十一条); a body-camera photo of each squad's first patrol case, linked
 * to it; and last week's drone flight over the first street with two findings of 私搭乱建, one of which opened a case.
 */
@Component
class DemoFootage {

	/** The review of the demo's devices, approved and published in the spring. */
	static final String REVIEW = "示城管审〔2026〕7号";

	private final FootageManagement footage;

	private final DeviceManagement devices;

	private final FlightManagement flights;

	private final CategoryManagement categories;

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	DemoFootage(FootageManagement footage, DeviceManagement devices, FlightManagement flights,
			CategoryManagement categories, JdbcTemplate jdbc, WorkingCalendar calendar) {
		this.calendar = calendar;
		this.footage = footage;
		this.devices = devices;
		this.flights = flights;
		this.categories = categories;
		this.jdbc = jdbc;
	}

	void load(DemoCity.City city, List<StaffSummary> people, Actor loader) {
		var approved = LocalDate.of(2026, 3, 16);
		var published = LocalDate.of(2026, 3, 20);
		var now = calendar.now().truncatedTo(ChronoUnit.MINUTES);
		for (var s = 0; s < Math.min(DemoBureau.AUXILIARY_SQUADS, city.streets().size()); s++) {
			var nn = String.format("%02d", s + 1);
			var officer = person(people, "officer" + nn);
			var camera = devices.register(new DeviceManagement.NewDevice("ZFJLY-9901-" + nn, Device.Kind.BODY_CAMERA,
					"执法记录仪 " + nn + " 号", "DSJ-V9", officer.orgUnitId(), officer.id(), REVIEW, approved, published),
					DataScope.everything(), loader);
			var street = city.streets().get(s).code();
			var first = jdbc.queryForList("""
					select number, lon, lat from caseflow_case where street_code = ? and lon is not null
					order by id limit 1""", street);
			if (first.isEmpty()) {
				continue;
			}
			var row = first.get(0);
			var saved = footage.upload(camera.getId(), new ByteArrayInputStream(DemoPhotos.png(0x405060 + s)), "DSJ_" + nn + ".png",
					new FootageManagement.Capture(now.minus(2, ChronoUnit.DAYS), (Double) row.get("lon"),
							(Double) row.get("lat"), officer.id(), "现场取证：违法行为及现场全貌", null), actor(officer));
			footage.linkCase(saved.getId(), (String) row.get("number"), DataScope.everything(), actor(officer));
		}
		var squad = person(people, "squad01");
		var drone = devices.register(new DeviceManagement.NewDevice("UAV-9901-01", Device.Kind.DRONE, "巡查无人机 1 号",
				"M30T", squad.orgUnitId(), null, REVIEW, approved, published), DataScope.everything(), loader);
		var flight = flights.fly(drone.getId(), squad.id(), calendar.today().minusDays(5), "辖区楼顶违法建设巡查",
				actor(squad));
		var grids = jdbc.queryForList("""
				select centroid_lon, centroid_lat from grid_unit_grid where code like ? order by code limit 2""",
				city.streets().get(0).code() + "%");
		var category = categories.findByKey("06001").orElseThrow().getId();
		for (var i = 0; i < grids.size(); i++) {
			var lon = (Double) grids.get(i).get("centroid_lon");
			var lat = (Double) grids.get(i).get("centroid_lat");
			var still = footage.upload(drone.getId(), new ByteArrayInputStream(DemoPhotos.png(0x708090 + i)), "DJI_000" + (i + 1) + ".png",
					new FootageManagement.Capture(now.minus(5, ChronoUnit.DAYS).plus(10L * i, ChronoUnit.MINUTES), lon,
							lat, squad.id(), "航拍：楼顶加盖彩钢房", flight), actor(squad));
			var finding = flights.find(flight, lon, lat, category, "楼顶新建彩钢瓦房一处", new BigDecimal(45 + 20 * i),
					still.getId(), DataScope.everything(), actor(squad));
			if (i == 0) {
				flights.open(finding, DataScope.everything(), actor(squad));
			}
		}
	}

	private static Actor actor(StaffSummary person) {
		return new Actor(person.id(), person.username(), person.name());
	}

	private static StaffSummary person(List<StaffSummary> people, String username) {
		return people.stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
	}
}
