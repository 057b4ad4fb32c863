package org.chengguan.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The scoring schemes as stored: every version of each, and the one in force on a day. */
@Component
@Transactional(readOnly = true)
class Schemes {

	private static final String SELECT = """
			select s.code, s.version, s.name, s.valid_from, i.indicator, i.weight, i.transform, i.per_unit, i.cap
			from supervision_scheme s join supervision_scheme_item i on i.scheme_id = s.id
			""";

	/** Who stored a version of a scheme, when, and why (a later version's reason). */
	public record Revision(String createdBy, Instant createdAt, @Nullable String reason) {
	}

	private final JdbcTemplate jdbc;

	Schemes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of every scheme, by code and version. */
	List<ScoringScheme> all() {
		return read(SELECT + " order by s.code, s.version, i.position");
	}

	/** For each scheme, its latest version in force on {@code day}. */
	List<ScoringScheme> inForce(LocalDate day) {
		var latest = new LinkedHashMap<String, ScoringScheme>();
		for (var scheme : all()) {
			if (!scheme.validFrom().isAfter(day)) {
				latest.put(scheme.code(), scheme);
			}
		}
		return List.copyOf(latest.values());
	}

	/** The revision of every version, by {@code code:version}. */
	Map<String, Revision> revisions() {
		var revisions = new HashMap<String, Revision>();
		jdbc.query("select code, version, created_by, created_at, reason from supervision_scheme", rs -> {
			revisions.put(rs.getString(1) + ":" + rs.getInt(2),
					new Revision(rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)));
		});
		return revisions;
	}

	Optional<ScoringScheme> get(String code, int version) {
		return read(SELECT + " where s.code = ? and s.version = ? order by i.position", code, version).stream()
			.findFirst();
	}

	/**
	 * Stores the next version of a scheme (the first of a new code); a later version needs its reason. Its version.
	 */
	@Transactional
	int save(String code, String name, LocalDate validFrom, List<ScoringScheme.Item> items, @Nullable String reason,
			String by, Instant at) {
		var version = Objects.requireNonNull(jdbc.queryForObject(
				"select coalesce(max(version), 0) + 1 from supervision_scheme where code = ?", Integer.class, code));
		if (version > 1 && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("supervision.scheme.error.reason");
		}
		var id = Objects.requireNonNull(jdbc.queryForObject("""
				insert into supervision_scheme (code, version, name, valid_from, reason, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, code, version, name, validFrom,
				version > 1 ? reason : null, by, Timestamp.from(at)));
		var position = 0;
		for (var item : items) {
			jdbc.update("""
					insert into supervision_scheme_item (scheme_id, position, indicator, weight, transform, per_unit, cap)
					values (?, ?, ?, ?, ?, ?, ?)""", id, ++position, item.indicator().name(), item.weight(),
					item.transform().name(), item.perUnit(), item.cap());
		}
		return version;
	}

	private List<ScoringScheme> read(String sql, Object... args) {
		var schemes = new ArrayList<ScoringScheme>();
		var items = new ArrayList<ScoringScheme.Item>();
		var head = new Object[4];
		jdbc.query(sql, rs -> {
			if (!items.isEmpty() && !(rs.getString(1).equals(head[0]) && rs.getInt(2) == (int) head[1])) {
				schemes.add(new ScoringScheme((String) head[0], (int) head[1], (String) head[2], (LocalDate) head[3],
						items));
				items.clear();
			}
			head[0] = rs.getString(1);
			head[1] = rs.getInt(2);
			head[2] = rs.getString(3);
			head[3] = rs.getObject(4, LocalDate.class);
			items.add(new ScoringScheme.Item(Indicator.valueOf(rs.getString(5)), rs.getBigDecimal(6),
					ScoringScheme.Transform.valueOf(rs.getString(7)), rs.getBigDecimal(8), rs.getBigDecimal(9)));
		}, args);
		if (!items.isEmpty()) {
			schemes.add(new ScoringScheme((String) head[0], (int) head[1], (String) head[2], (LocalDate) head[3],
					items));
		}
		return schemes;
	}
}
