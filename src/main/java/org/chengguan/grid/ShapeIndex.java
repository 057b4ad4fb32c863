package org.chengguan.grid;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Shapes by id in an STR-tree (road segments, frontages): which one is nearest to a point among those whose reach
 * covers it. Immutable once built.
 */
public final class ShapeIndex {

	/** A shape with the distance in metres within which it covers a point. */
	public record Entry(long id, Geometry shape, double reach) {
	}

	private final STRtree tree = new STRtree();

	private final long newestId;

	private final double longestReach;

	public ShapeIndex(List<Entry> entries) {
		entries.forEach(e -> tree.insert(e.shape().getEnvelopeInternal(), e));
		tree.build();
		this.newestId = entries.stream().mapToLong(Entry::id).max().orElse(0);
		this.longestReach = entries.stream().mapToDouble(Entry::reach).max().orElse(0);
	}

	/** The highest id held (0 when empty). */
	public long newestId() {
		return newestId;
	}

	/** The nearest shape whose reach plus {@code margin} metres covers the point. */
	public Optional<Long> nearest(double lon, double lat, double margin) {
		var box = Shapes.degrees(longestReach + margin, lat);
		Entry nearest = null;
		var nearestMetres = Double.MAX_VALUE;
		for (var hit : tree.query(new Envelope(lon - box[0], lon + box[0], lat - box[1], lat + box[1]))) {
			var entry = (Entry) hit;
			var metres = Shapes.metresTo(entry.shape(), lon, lat);
			if (metres <= entry.reach() + margin && metres < nearestMetres) {
				nearest = entry;
				nearestMetres = metres;
			}
		}
		return Optional.ofNullable(nearest).map(Entry::id);
	}
}
