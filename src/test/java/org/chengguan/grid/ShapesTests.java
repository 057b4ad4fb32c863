package org.chengguan.grid;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Shapes drawn on the map: what is read, what is refused, and distances in metres on the ground. */
class ShapesTests {

	@Test
	void aFrontageIsAPointALineOrAClosedRingInsideChina() {
		assertThat(Shapes.parse("113.6,34.7", 300)).isInstanceOf(Point.class);
		assertThat(Shapes.parse("113.6，34.7；113.6001，34.7", 300)).isInstanceOf(LineString.class);
		assertThat(Shapes.parse("113.6,34.7;113.6001,34.7;113.6001,34.7001;113.6,34.7", 300))
			.isInstanceOf(Polygon.class);
		for (var bad : new String[] { "", "113.6", "113.6,34.7,5", "a,b", "2.35,48.85", "113.6,34.7;113.6,34.7" }) {
			assertThatThrownBy(() -> Shapes.parse(bad, 300)).as(bad)
				.isInstanceOf(Shapes.ShapeException.class)
				.hasMessage("grid.error.shape");
		}
		// 0.005° of longitude is about 460 m here
		assertThatThrownBy(() -> Shapes.parse("113.600,34.7;113.605,34.7", 300)).hasMessage("grid.error.shapeExtent");
		assertThat(Shapes.parse("113.600,34.7;113.605,34.7", 500)).isInstanceOf(LineString.class);
	}

	@Test
	void distancesAreInMetresOnTheGround() {
		var kerb = Shapes.parse("113.600000,34.700000;113.600087,34.700000", 300);
		// 10 m north of the kerb line (1 m of latitude = 1/110,574 degree)
		assertThat(Shapes.metresTo(kerb, 113.60004, 34.7 + 10 / 110_574.0)).isCloseTo(10, within(0.05));
		assertThat(Shapes.metresTo(kerb, 113.60004, 34.7)).isCloseTo(0, within(0.01));
		// the line is 8 m long: 87e-6 degree of longitude at 34.7° N
		assertThat(Shapes.extentMetres(kerb)).isCloseTo(7.96, within(0.05));
		assertThat(Shapes.text(Shapes.parse(Shapes.text(kerb), 300)))
			.isEqualTo("113.600000,34.700000;113.600087,34.700000");
		assertThat(Shapes.lengthMetres(kerb)).isCloseTo(7.96, within(0.05));
	}

	@Test
	void pointsAlongALineAreAtMostAStepApartAndIncludeItsEnds() {
		var road = Shapes.parse("113.600,34.7;113.601,34.7;113.601,34.701", 1000);
		var points = Shapes.along(road, 20);
		assertThat(points.get(0).getX()).isEqualTo(113.600);
		assertThat(points.get(points.size() - 1).getY()).isEqualTo(34.701);
		// about 91 m east, then 111 m north: 5 + 6 steps of at most 20 m, and the start
		assertThat(points).hasSize(12);
	}
}
