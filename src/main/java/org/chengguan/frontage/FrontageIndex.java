package org.chengguan.frontage;

import java.util.Objects;
import java.util.Optional;

import org.chengguan.grid.ShapeIndex;
import org.chengguan.grid.Shapes;
import org.chengguan.system.AddedOnly;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The active units' frontages in memory, so that no statement per case asks which unit it was found at (issue 14).
 * Units are registered or imported and their frontage never moves; one added here is used by its own transaction at
 * once and by every other once it commits, one added on another instance within 30 s (the cases opened here meanwhile
 * are not linked to it, as cases opened before a unit is registered never are). Every instance must poll, so it takes
 * no lock.
 */
@Component
class FrontageIndex {

	private final JdbcTemplate jdbc;

	private final FrontageProperties properties;

	private final AddedOnly<ShapeIndex> known;

	FrontageIndex(JdbcTemplate jdbc, FrontageProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.known = new AddedOnly<>(this::stored, ShapeIndex::newestId, () -> Objects
			.requireNonNull(jdbc.queryForObject("select coalesce(max(id), 0) from frontage_unit", Long.class)));
	}

	/** The active unit whose frontage is nearest to the point, if within {@code chengguan.frontage.link-within}. */
	Optional<Long> nearest(double lon, double lat) {
		return known.current().nearest(lon, lat, 0);
	}

	/** A unit was registered in the current transaction. */
	void added() {
		known.added();
	}

	@Scheduled(fixedDelayString = "${chengguan.frontage.poll-interval:PT30S}",
			initialDelayString = "${chengguan.frontage.poll-interval:PT30S}")
	void pollNewest() {
		known.refreshIfNewer();
	}

	private ShapeIndex stored() {
		var within = properties.linkWithin();
		return new ShapeIndex(jdbc.query("select id, frontage from frontage_unit where active",
				(rs, i) -> new ShapeIndex.Entry(rs.getLong(1), Shapes.read(rs.getBytes(2)), within)));
	}
}
