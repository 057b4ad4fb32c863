package org.chengguan.grid;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point → unit grid in memory: an STR-tree of prepared polygons. Immutable once built; {@link GridManagement} swaps in
 * a new one after imports. A point on a shared edge belongs to the grid with the smaller code.
 */
final class GridIndex {

	/** A unit grid as the index holds it. */
	record Entry(Geometry geometry, GridLocation location) {
	}

	private record Node(PreparedGeometry prepared, GridLocation location) {
	}

	private final STRtree tree = new STRtree();

	private final int size;

	GridIndex(List<Entry> entries) {
		entries.stream()
			.sorted(Comparator.comparing(e -> e.location().unitGridCode()))
			.forEach(e -> tree.insert(e.geometry().getEnvelopeInternal(),
					new Node(PreparedGeometryFactory.prepare(e.geometry()), e.location())));
		tree.build();
		this.size = entries.size();
	}

	int size() {
		return size;
	}

	Optional<GridLocation> locate(double lon, double lat) {
		var point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
		GridLocation best = null;
		for (var hit : tree.query(point.getEnvelopeInternal())) {
			var node = (Node) hit;
			if ((best == null || node.location().unitGridCode().compareTo(best.unitGridCode()) < 0)
					&& node.prepared().covers(point)) {
				best = node.location();
			}
		}
		return Optional.ofNullable(best);
	}
}
