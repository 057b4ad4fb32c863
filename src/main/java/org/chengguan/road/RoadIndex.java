package org.chengguan.road;

import java.util.Objects;
import java.util.Optional;

import org.chengguan.grid.ShapeIndex;
import org.chengguan.grid.Shapes;
import org.chengguan.system.AddedOnly;
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

	private final JdbcTemplate jdbc;

	private final AddedOnly<ShapeIndex> known;

	RoadIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.known = new AddedOnly<>(this::stored, ShapeIndex::newestId, () -> Objects
			.requireNonNull(jdbc.queryForObject("select coalesce(max(id), 0) from road_segment", Long.class)));
	}

	/** The active segment nearest to a point whose reach (plus {@code margin} metres) covers it. */
	Optional<Long> nearest(double lon, double lat, double margin) {
		return known.current().nearest(lon, lat, margin);
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

	private ShapeIndex stored() {
		return new ShapeIndex(jdbc.query("select id, centre_line, reach_metres from road_segment where active",
				(rs, i) -> new ShapeIndex.Entry(rs.getLong(1), Shapes.read(rs.getBytes(2)), rs.getInt(3))));
	}
}
