package org.chengguan.demo;

import java.util.HashMap;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where the demo history's cases are reported: the unit grids the 监督员 patrols, by street number. */
@Component
class DemoPlaces {

	/** Where a case is reported: a unit grid with its grid members, in the street of that number. */
	record Place(String streetNo, double lon, double lat) {
	}

	private final Environment environment;

	private final JdbcTemplate jdbc;

	DemoPlaces(Environment environment, JdbcTemplate jdbc) {
		this.environment = environment;
		this.jdbc = jdbc;
	}

	/** The centres of the unit grids the 监督员 patrols (someone outside the squad checks a case there), by street. */
	List<Place> all() {
		var large = environment.getProperty("chengguan.demo.large-city", Boolean.class, false);
		var city = new DemoCity(large ? DemoCity.Spec.large() : DemoCity.Spec.demo()).generate();
		var numbers = new HashMap<String, String>();
		for (var n = 0; n < city.streets().size(); n++) {
			numbers.put(city.streets().get(n).code(), String.format("%02d", n + 1));
		}
		return jdbc.query("""
				select g.code, g.centroid_lon, g.centroid_lat from grid_unit_grid g
				join grid_responsibility_unit r on r.unit_grid_id = g.id
				join grid_member m on m.responsibility_grid_id = r.responsibility_grid_id and m.role = 'INSPECTOR'
				order by g.code""",
				(rs, i) -> new Place(numbers.get(rs.getString(1).substring(0, 9)), rs.getDouble(2), rs.getDouble(3)));
	}
}
