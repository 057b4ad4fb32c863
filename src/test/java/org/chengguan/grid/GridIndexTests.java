package org.chengguan.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Objects;

import org.chengguan.demo.DemoCity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GridIndexTests {

	static GridIndex index;

	static GeoJsonFeatures.Parsed city;

	@BeforeAll
	static void buildDemoCity() {
		city = GeoJsonFeatures.parse(new DemoCity(DemoCity.Spec.demo()).generate().geoJson()
			.getBytes(StandardCharsets.UTF_8));
		index = of(city);
	}

	static GridIndex of(GeoJsonFeatures.Parsed parsed) {
		var entries = new ArrayList<GridIndex.Entry>();
		var id = 0L;
		for (var f : parsed.features()) {
			if (f.level() == RegionLevel.UNIT_GRID) {
				var code = f.code();
				entries.add(new GridIndex.Entry(Objects.requireNonNull(f.geometry()),
						new GridLocation(++id, code, code.substring(0, 12), "社区", code.substring(0, 9), "街道",
								code.substring(0, 6), "区")));
			}
		}
		return new GridIndex(entries);
	}

	@Test
	void findsTheGridOfEveryInteriorPoint() {
		for (var f : city.features()) {
			if (f.level() == RegionLevel.UNIT_GRID) {
				var inside = Objects.requireNonNull(f.geometry()).getInteriorPoint();
				assertThat(index.locate(inside.getX(), inside.getY())).map(GridLocation::unitGridCode)
					.contains(f.code());
			}
		}
	}

	@Test
	void answersOutsideEveryGridForAPointOutsideTheCity() {
		assertThat(index.locate(120.0, 30.0)).isEmpty();
		assertThat(index.locate(DemoCity.ORIGIN_LON - 0.001, DemoCity.ORIGIN_LAT + 0.01)).isEmpty();
	}

	@Test
	void givesAPointOnASharedEdgeToTheSmallerCode() {
		var first = city.features()
			.stream()
			.filter(f -> "990101001001001".equals(f.code()))
			.findFirst()
			.orElseThrow();
		// A vertex of the first grid is shared with up to three neighbours.
		var corner = Objects.requireNonNull(first.geometry()).getCoordinates()[1];
		assertThat(index.locate(corner.x, corner.y)).map(GridLocation::unitGridCode).contains("990101001001001");
	}
}
