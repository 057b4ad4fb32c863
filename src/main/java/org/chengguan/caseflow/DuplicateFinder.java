package org.chengguan.caseflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * D2 (domain.md §4.5): open cases of the same category family — the same 小类 for 事项, the same 大类 for 部件 —
 * within a radius and a window. A hint for the 受理员; merging is a human decision.
 */
@Component
class DuplicateFinder {

	static final double RADIUS_METRES = 50;

	static final Duration WINDOW = Duration.ofDays(7);

	private static final double METRES_PER_DEGREE = 111_320;

	// The status list repeats the partial index caseflow_case_open_point_idx, so the planner uses it.
	private static final String NEARBY = """
			select id from caseflow_case
			where status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')
			  and lat between ? and ? and lon between ? and ?
			  and received_at >= ? and id <> ?
			  and (category_key = ? or (left(category_key, 1) = 'C' and left(category_key, 3) = left(?, 3)))
			order by (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?), id
			limit ?""";

	/** An open case near a point: what the 受理员 sees while the call is being entered. */
	record Nearby(long id, String number, CaseStatus status, String summary, Instant receivedAt, double metres) {
	}

	private static final String NEAR_POINT = """
			select id, number, status, summary, received_at, lat, lon from caseflow_case
			where status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')
			  and lat between ? and ? and lon between ? and ?
			  and received_at >= ?
			  and (cast(? as varchar) is null or category_key = ?
			       or (left(category_key, 1) = 'C' and left(category_key, 3) = left(?, 3)))
			order by (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?), received_at desc, id desc
			limit ?""";

	private final JdbcTemplate jdbc;

	DuplicateFinder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Open cases of the family of {@code key} (any, when null) within the radius of a point, nearest first. */
	List<Nearby> nearPoint(double lon, double lat, @Nullable String key, Instant now, int limit) {
		var dLat = RADIUS_METRES / METRES_PER_DEGREE;
		var dLon = RADIUS_METRES / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
		var since = java.sql.Timestamp.from(now.minus(WINDOW));
		return jdbc.query(NEAR_POINT, (rs, n) -> new Nearby(rs.getLong(1), rs.getString(2),
				CaseStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(),
				metres(lat, lon, rs.getDouble(6), rs.getDouble(7))), lat - dLat, lat + dLat, lon - dLon, lon + dLon,
				since, key, key, key, lat, lat, lon, lon, limit);
	}

	/** Metres between two nearby points (equirectangular: exact enough within a few hundred metres). */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		var x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
		var y = Math.toRadians(lat2 - lat1);
		return Math.sqrt(x * x + y * y) * 6_371_000;
	}

	/** Open cases of the same family near a stored case, itself left out, nearest first. */
	List<Long> near(EnforcementCase subject, Instant now, int limit) {
		return near(subject.getProblem(), subject.getId(), now, limit);
	}

	/** The nearest open case of the same family, for a case about to be stored (its insert then carries the hint). */
	Optional<Long> nearestTo(Problem opening, Instant now) {
		return near(opening, 0, now, 1).stream().findFirst(); // ids start at 1
	}

	private List<Long> near(Problem problem, long itself, Instant now, int limit) {
		var lat = problem.getPlace().lat();
		var lon = problem.getPlace().lon();
		@Nullable String key = problem.getCategoryKey();
		if (lat == null || lon == null || key == null) {
			return List.of();
		}
		var dLat = RADIUS_METRES / METRES_PER_DEGREE;
		var dLon = RADIUS_METRES / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
		var since = java.sql.Timestamp.from(now.minus(WINDOW));
		return jdbc.queryForList(NEARBY, Long.class, lat - dLat, lat + dLat, lon - dLon, lon + dLon, since, itself, key,
				key, lat, lat, lon, lon, limit);
	}
}
