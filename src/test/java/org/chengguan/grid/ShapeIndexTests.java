package org.chengguan.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The nearest shape whose reach covers a point; none when no reach does. */
class ShapeIndexTests {

	// two roads running east, about 33 m apart (0.0001° of latitude is about 11 m)
	static final ShapeIndex.Entry SOUTH = new ShapeIndex.Entry(7, Shapes.parse("113.6,34.7;113.602,34.7", 5000), 15);

	static final ShapeIndex.Entry NORTH = new ShapeIndex.Entry(9,
			Shapes.parse("113.6,34.7003;113.602,34.7003", 5000), 10);

	final ShapeIndex index = new ShapeIndex(List.of(SOUTH, NORTH));

	@Test
	void thePointIsFoundAtTheNearestShapeWhoseReachCoversIt() {
		assertThat(index.nearest(113.601, 34.70005, 0)).hasValue(7L);
		assertThat(index.nearest(113.601, 34.70025, 0)).hasValue(9L);
		assertThat(index.newestId()).isEqualTo(9);
	}

	@Test
	void beyondEveryReachNothingIsFound() {
		// 12 m north of the northern road: beyond its 10 m, and 45 m from the southern one
		assertThat(index.nearest(113.601, 34.70041, 0)).isEmpty();
		assertThat(index.nearest(113.601, 34.70041, 5)).hasValue(9L);
		assertThat(index.nearest(113.61, 34.7, 50)).isEmpty();
		assertThat(new ShapeIndex(List.of()).nearest(113.601, 34.7, 0)).isEmpty();
		assertThat(new ShapeIndex(List.of()).newestId()).isZero();
	}
}
