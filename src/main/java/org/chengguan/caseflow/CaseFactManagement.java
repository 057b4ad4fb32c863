package org.chengguan.caseflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;
import org.chengguan.system.IdsParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of cases for the statistics (domain.md §9.1), read from the case, its timeline and its stage clocks in one
 * statement: the same statement feeds the read model case by case as cases move and rebuilds or checks it in pages.
 */
@Service
public class CaseFactManagement {

	private static final String FACTS = """
			select c.id, c.received_at, c.source, c.category_key, c.district_code, c.street_code, c.community_code,
			       c.unit_grid_code, c.unit_id, c.status, c.self_disposed, t.accepted, t.registered, t.dispatched,
			       t.first_check is not null, coalesce(t.first_check = 'CHECK_PASS', false), c.return_count > 0,
			       c.extension_count > 0, c.rework_count > 0,
			       m.intake_on_time, coalesce(m.intake_seconds, 0), m.register_on_time, m.dispatch_on_time,
			       m.check_on_time, m.dispose_on_time, coalesce(m.dispose_seconds, 0) - coalesce(t.held_seconds, 0),
			       coalesce(m.dispose_overdue, false)
			from caseflow_case c
			cross join lateral (
			    select coalesce(bool_or(to_status = 'ACCEPTED'), false) accepted,
			           coalesce(bool_or(action = 'REGISTER'), false) registered,
			           coalesce(bool_or(action = 'DISPATCH'), false) dispatched,
			           (array_agg(action order by seq) filter (where action in ('CHECK_PASS', 'CHECK_FAIL')))[1] first_check,
			           sum(extract(epoch from resumed - at)) filter (where action = 'HOLD_APPROVE') held_seconds
			    from (select action, to_status, seq, at,
			                 lead(at) over (partition by action in ('HOLD_APPROVE', 'RESUME') order by seq) resumed
			          from caseflow_transition where case_id = c.id) h) t
			cross join lateral (
			    select (array_agg(stopped_at <= due_at order by id) filter (where stage = 'INTAKE'
			               and stopped_at is not null))[1] intake_on_time,
			           (array_agg(extract(epoch from stopped_at - started_at) order by id) filter (where stage = 'INTAKE'
			               and stopped_at is not null))[1] intake_seconds,
			           (array_agg(stopped_at <= due_at order by id) filter (where stage = 'REGISTER'
			               and stopped_at is not null))[1] register_on_time,
			           (array_agg(stopped_at <= due_at order by id) filter (where stage = 'DISPATCH'
			               and stopped_at is not null))[1] dispatch_on_time,
			           (array_agg(stopped_at <= due_at order by id) filter (where stage = 'CHECK'
			               and stopped_at is not null))[1] check_on_time,
			           (array_agg(stopped_at <= due_at order by id desc) filter (where stage = 'DISPOSE'
			               and stopped_at is not null))[1] dispose_on_time,
			           sum(extract(epoch from stopped_at - started_at)) filter (where stage = 'DISPOSE') dispose_seconds,
			           bool_or(level in ('OVERDUE', 'SEVERE')) filter (where stage = 'DISPOSE'
			               and stopped_at is null) dispose_overdue
			    from caseflow_timer where case_id = c.id) m
			""";

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	CaseFactManagement(JdbcTemplate jdbc, EntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	/**
	 * The facts of these cases as the current transaction leaves them: what it changed through JPA is written first,
	 * so that the statement sees it.
	 */
	@Transactional
	public List<CaseFact> of(Collection<Long> caseIds) {
		entities.flush();
		// As the tables grew PostgreSQL chose a custom plan on 84 % of the calls in the full intake benchmark (0.28 ms
		// of planning each, five times the execution), though the generic plan serves any id (issue 14). The setting,
		// the statement and the setting back to the configured one go in one round trip.
		var sql = "set local plan_cache_mode = force_generic_plan; " + FACTS + " where c.id " + IdsParameter.anyOf(caseIds)
				+ " order by c.id; set local plan_cache_mode to default";
		return jdbc.execute(sql, (PreparedStatementCallback<List<CaseFact>>) statement -> {
			statement.setObject(1, IdsParameter.value(caseIds));
			statement.execute();
			statement.getMoreResults();
			var facts = new ArrayList<CaseFact>();
			try (var rows = statement.getResultSet()) {
				while (rows.next()) {
					facts.add(fact(rows));
				}
			}
			return facts;
		});
	}

	/**
	 * The id before the first case received in [from, to), where a walk in id order through them starts (ids grow
	 * with time, so walking from the first id of all would pass every older case first).
	 */
	@Transactional(readOnly = true)
	public long idBefore(Instant from, Instant to) {
		var first = jdbc.queryForObject("select min(id) from caseflow_case where received_at >= ? and received_at < ?",
				Long.class, Timestamp.from(from), Timestamp.from(to));
		return first == null ? Long.MAX_VALUE : first - 1;
	}

	/** The facts of up to {@code size} cases after {@code afterId} in id order, received in [from, to). */
	@Transactional(readOnly = true)
	public List<CaseFact> page(Instant from, Instant to, long afterId, int size) {
		return jdbc.query(FACTS + " where c.id > ? and c.received_at >= ? and c.received_at < ? order by c.id limit ?",
				(rs, i) -> fact(rs), afterId, Timestamp.from(from), Timestamp.from(to), size);
	}

	/** A case as a list of cases behind a figure shows it. */
	public record Listing(long id, String number, CaseStatus status, Channel source, String summary,
			@Nullable String address, @Nullable String categoryKey, @Nullable Long unitId, Instant receivedAt,
			@Nullable Instant closedAt) {
	}

	/** A located complaint (the hotlines, Open311, calls and visits, the media) for the hotspot ledger's clusters. */
	public record Complaint(long caseId, double lon, double lat, @Nullable String categoryKey) {
	}

	/** The located complaints received since {@code since}, merged duplicates left out. */
	@Transactional(readOnly = true)
	public List<Complaint> complaintsSince(Instant since) {
		return jdbc.query("""
				select id, lon, lat, category_key from caseflow_case
				where received_at >= ? and lon is not null and lat is not null and status <> 'MERGED'
				  and source in ('HOTLINE_12345', 'HOTLINE_12319', 'OPEN311', 'PHONE_WALKIN', 'MEDIA')""",
				(rs, i) -> new Complaint(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4)),
				Timestamp.from(since));
	}

	/**
	 * How many cases are open within {@code metres} of a point (a hotspot is clear only while none is), of these
	 * categories, or of any when none is given.
	 */
	@Transactional(readOnly = true)
	public int openNear(double lon, double lat, double metres, Collection<String> categoryKeys) {
		var eastWest = 111_320.0 * Math.cos(Math.toRadians(lat));
		var args = new java.util.ArrayList<Object>(List.of(lat - metres / 110_540.0, lat + metres / 110_540.0,
				lon - metres / eastWest, lon + metres / eastWest, lon, eastWest, lat, metres * metres));
		var sql = new StringBuilder("""
				select count(*) from caseflow_case
				where status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')
				  and lat between ? and ? and lon between ? and ?
				  and power((lon - ?) * ?, 2) + power((lat - ?) * 110540, 2) <= ?""");
		if (!categoryKeys.isEmpty()) {
			sql.append(" and category_key = any(?)");
			args.add(categoryKeys.toArray(String[]::new));
		}
		var open = jdbc.queryForObject(sql.toString(), Integer.class, args.toArray());
		return open == null ? 0 : open;
	}

	/** A case received, as a module that groups cases by place and time (专项整治) refers to it. */
	public record Received(long caseId, Instant receivedAt) {
	}

	/**
	 * The cases received in [from, to) in these regions (code prefixes) and, if any are given, of these categories;
	 * merged duplicates left out.
	 */
	@Transactional(readOnly = true)
	public List<Received> receivedIn(Instant from, Instant to, Collection<String> regionPrefixes,
			Collection<String> categoryKeys) {
		if (regionPrefixes.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				select id, received_at from caseflow_case
				where received_at >= ? and received_at < ? and status <> 'MERGED' and unit_grid_code like any(?)
				  and (cardinality(?::text[]) = 0 or category_key = any(?))""",
				(rs, i) -> new Received(rs.getLong(1), rs.getTimestamp(2).toInstant()), Timestamp.from(from),
				Timestamp.from(to), regionPrefixes.stream().map(p -> p + "%").toArray(String[]::new),
				categoryKeys.toArray(String[]::new), categoryKeys.toArray(String[]::new));
	}

	/** One case by its number, if the 辖区 covers it. */
	@Transactional(readOnly = true)
	public java.util.Optional<Listing> listing(String number, DataScope scope) {
		var ids = jdbc.queryForList("select id from caseflow_case where number = ?", Long.class, number.strip());
		return listings(ids, scope).stream().findFirst();
	}

	/** These cases for a list, in the order given; those the 辖区 does not cover are left out. */
	@Transactional(readOnly = true)
	public List<Listing> listings(List<Long> caseIds, DataScope scope) {
		var found = new java.util.HashMap<Long, Listing>();
		jdbc.query("""
				select id, number, status, source, summary, address, category_key, unit_id, received_at, closed_at,
				       unit_grid_code
				from caseflow_case where id = any(?)""", rs -> {
			var unitId = rs.getObject(8, Long.class);
			if (CaseChanges.covers(scope, rs.getString(11), unitId)) {
				var closed = rs.getTimestamp(10);
				found.put(rs.getLong(1), new Listing(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
						Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), unitId,
						rs.getTimestamp(9).toInstant(), closed == null ? null : closed.toInstant()));
			}
		}, (Object) caseIds.toArray(Long[]::new));
		return caseIds.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	private static CaseFact fact(ResultSet rs) throws SQLException {
		return new CaseFact(rs.getLong(1), rs.getTimestamp(2).toInstant(), Channel.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getObject(9, Long.class), CaseStatus.valueOf(rs.getString(10)), rs.getBoolean(11),
				rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16),
				rs.getBoolean(17), rs.getBoolean(18), rs.getBoolean(19), rs.getObject(20, Boolean.class),
				Math.round(rs.getDouble(21) / 60), rs.getObject(22, Boolean.class), rs.getObject(23, Boolean.class),
				rs.getObject(24, Boolean.class), rs.getObject(25, Boolean.class), Math.round(rs.getDouble(26) / 60),
				rs.getBoolean(27));
	}
}
