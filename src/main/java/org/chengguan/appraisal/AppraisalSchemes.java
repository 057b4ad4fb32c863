package org.chengguan.appraisal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The 协管员 schemes as stored: every version, and the one in force on a day. */
@Component
@Transactional(readOnly = true)
class AppraisalSchemes {

	/** A stored version with who stored it and why (a later version's reason). */
	record Stored(AppraisalScheme scheme, String createdBy, Instant createdAt, @Nullable String reason) {
	}

	private final JdbcTemplate jdbc;

	AppraisalSchemes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version, newest first. */
	List<Stored> all() {
		return jdbc.query("""
				select id, code, version, name, valid_from, bottom_count, created_by, created_at, reason
				from appraisal_scheme order by code, version desc""", (rs, i) -> new Stored(
				read(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), rs.getInt(6)),
				rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9)));
	}

	/** The latest version in force on {@code day}. */
	Optional<AppraisalScheme> inForce(LocalDate day) {
		return all().stream().map(Stored::scheme).filter(s -> !s.validFrom().isAfter(day))
			.max(java.util.Comparator.comparing(AppraisalScheme::validFrom)
				.thenComparing(AppraisalScheme::version));
	}

	Optional<AppraisalScheme> get(String code, int version) {
		return all().stream().map(Stored::scheme)
			.filter(s -> s.code().equals(code) && s.version() == version)
			.findFirst();
	}

	/** Stores the next version of a scheme; a later version needs its reason. Its version. */
	@Transactional
	int save(AppraisalScheme scheme, @Nullable String reason, String by, Instant at) {
		var version = Objects.requireNonNull(jdbc.queryForObject(
				"select coalesce(max(version), 0) + 1 from appraisal_scheme where code = ?", Integer.class,
				scheme.code()));
		if (version > 1 && (reason == null || reason.isBlank())) {
			throw new AppraisalRuleException("appraisal.scheme.error.reason");
		}
		var id = Objects.requireNonNull(jdbc.queryForObject("""
				insert into appraisal_scheme (code, version, name, valid_from, bottom_count, reason, created_by,
				                              created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, scheme.code(), version, scheme.name(),
				scheme.validFrom(), scheme.bottomCount(), version > 1 ? reason : null, by, Timestamp.from(at)));
		var position = 0;
		for (var item : scheme.items()) {
			jdbc.update("""
					insert into appraisal_scheme_item (scheme_id, position, metric, weight, transform, per_unit, cap)
					values (?, ?, ?, ?, ?, ?, ?)""", id, ++position, item.metric().name(), item.weight(),
					item.transform().name(), item.perUnit(), item.cap());
		}
		position = 0;
		for (var grade : scheme.grades()) {
			jdbc.update("insert into appraisal_scheme_grade (scheme_id, position, label, min_total) values (?, ?, ?, ?)",
					id, ++position, grade.label(), grade.minTotal());
		}
		return version;
	}

	private AppraisalScheme read(long id, String code, int version, String name, LocalDate validFrom, int bottom) {
		var items = jdbc.query("""
				select metric, weight, transform, per_unit, cap from appraisal_scheme_item
				where scheme_id = ? order by position""", (rs, i) -> new AppraisalScheme.Item(
				AppraisalMetric.valueOf(rs.getString(1)), rs.getBigDecimal(2),
				AppraisalScheme.Transform.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5)), id);
		var grades = jdbc.query("select label, min_total from appraisal_scheme_grade where scheme_id = ? order by position",
				(rs, i) -> new AppraisalScheme.Grade(rs.getString(1), rs.getBigDecimal(2)), id);
		return new AppraisalScheme(code, version, name, validFrom, bottom, new ArrayList<>(items), grades);
	}
}
