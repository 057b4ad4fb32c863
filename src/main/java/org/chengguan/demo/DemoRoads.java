package org.chengguan.demo;

import java.util.Locale;

import org.chengguan.road.NewRoad;
import org.chengguan.road.RoadManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.springframework.stereotype.Component;

/**
 * 路长制 of the demo city: each street's main road (the gazetteer's "枫林路", 33 m north of the street's centre, east–west
 * for 900 m) is a segment whose 路长 is the street's 中队长.
 */
@Component
class DemoRoads {

	private final RoadManagement roads;

	DemoRoads(RoadManagement roads) {
		this.roads = roads;
	}

	void load(DemoCity.City city, Actor loader) {
		var metresLon = 1 / (111_320 * Math.cos(Math.toRadians(DemoCity.ORIGIN_LAT)));
		for (var s = 0; s < city.streets().size(); s++) {
			var street = city.streets().get(s);
			var lat = street.centre()[1] + 0.0003;
			var line = String.format(Locale.ROOT, "%.6f,%.6f;%.6f,%.6f", street.centre()[0] - 450 * metresLon, lat,
					street.centre()[0] + 450 * metresLon, lat);
			roads.register(new NewRoad(street.name().replace("街道", "") + "路", line, 20, "squad" + String.format("%02d", s + 1),
					null, null, null), DataScope.everything(), loader);
		}
	}
}
