package org.chengguan.road;

import java.util.Objects;
import java.util.Optional;

import org.chengguan.grid.Shapes;
import org.chengguan.system.AddedOnly;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The active road segments in memory, so that no statement per case asks which one it lies on (issue 14). Segments
 * are set up and never moved or removed; one set up here is used by its own transaction at once and by every other
 * once it commits, one set up on another instance within 30 s (the cases opened here meanwhile are not linked to it,
 * as cases opened before a segment is set up never are). Every instance must poll, so it takes no lock.
 */
@Component
class RoadIndex {

	private record Segment(long id, Geometry line, int reach) {
	}

	private record Snapshot(long newestId, STRtree tree) {
	}

	private final JdbcTemplate jdbc;

	private final AddedOnly<Snapshot> known;

	RoadIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.known = new AddedOnly<>(this::stored, Snapshot::newestId,
				() -> Objects.requireNonNull(
						jdbc.queryForObject("select coalesce(max(id), 0) from road_segment", Long.class)));
	}

	/** The active segment nearest to a point whose reach (plus {@code margin} metres) covers it. */
	Optional<Long> nearest(double lon, double lat, double margin) {
		// a reach is at most 100 m: no segment further away can cover the point
		var box = Shapes.degrees(100 + margin, lat);
		Segment nearest = null;
		var nearestMetres = Double.MAX_VALUE;
		for (var hit : known.current().tree()
			.query(new Envelope(lon - box[0], lon + box[0], lat - box[1], lat + box[1]))) {
			var segment = (Segment) hit;
			var metres = Shapes.metresTo(segment.line(), lon, lat);
			if (metres <= segment.reach() + margin && metres < nearestMetres) {
				nearest = segment;
				nearestMetres = metres;
			}
		}
		return Optional.ofNullable(nearest).map(Segment::id);
	}

	/** A segment was set up in the current transaction. */
	void added() {
		known.added();
	}

	@Scheduled(fixedDelayString = "${chengguan.road.poll-interval:PT30S}",
			initialDelayString = "${chengguan.road.poll-interval:PT30S}")
	void pollNewest() {
		known.refreshIfNewer();
	}

	private Snapshot stored() {
		var tree = new STRtree();
		var newest = new long[1];
		jdbc.query("select id, centre_line, reach_metres from road_segment where active", rs -> {
			var segment = new Segment(rs.getLong(1), Shapes.read(rs.getBytes(2)), rs.getInt(3));
			tree.insert(segment.line().getEnvelopeInternal(), segment);
			newest[0] = Math.max(newest[0], segment.id());
		});
		tree.build();
		return new Snapshot(newest[0], tree);
	}
}
