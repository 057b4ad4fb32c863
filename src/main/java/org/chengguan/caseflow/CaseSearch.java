package org.chengguan.caseflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * 案卷查询: any combination of filters, newest first, by keyset pagination ({@code received_at, id} of the last row
 * seen), so that page 1,000 costs what page 1 costs. Filters become SQL parameters only.
 */
@Component
class CaseSearch {

	static final int PAGE_SIZE = 50;

	/** What the search form sends. */
	record Filter(Set<CaseStatus> statuses, @Nullable Channel source, @Nullable String categoryKey,
			@Nullable String regionCode, @Nullable LocalDate from, @Nullable LocalDate to, boolean overdueOnly,
			@Nullable String keyword, @Nullable Long unitId, @Nullable OverdueLevel level) {
	}

	/** 超期清单: one unit's open cases by warning level; {@code unitId} null for those not dispatched yet. */
	record UnitOverdue(@Nullable Long unitId, long warning, long overdue, long severe) {
	}

	/** One row of the result list. */
	record Row(long id, String number, CaseStatus status, Channel source, String summary, @Nullable String address,
			@Nullable String unitGridCode, @Nullable String categoryKey, Instant receivedAt, OverdueLevel overdueLevel,
			@Nullable Instant disposeDueAt) {
	}

	/** A page and the keyset of its last row, if there may be more. */
	record Page(List<Row> rows, @Nullable String next) {
	}

	private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong(1), rs.getString(2),
			CaseStatus.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
			rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), OverdueLevel.valueOf(rs.getString(10)),
			rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant());

	private final JdbcTemplate jdbc;

	CaseSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Open cases at a warning level, counted per handling unit, within the scope. */
	List<UnitOverdue> overdueByUnit(DataScope scope) {
		var sql = new StringBuilder("""
				select unit_id, count(*) filter (where overdue_level = 'WARNING'),
				       count(*) filter (where overdue_level = 'OVERDUE'), count(*) filter (where overdue_level = 'SEVERE')
				from caseflow_case where overdue_level <> 'NORMAL'
				and status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')""");
		var args = new ArrayList<Object>();
		within(scope, sql, args);
		sql.append(" group by unit_id order by count(*) filter (where overdue_level = 'SEVERE') desc,"
				+ " count(*) filter (where overdue_level = 'OVERDUE') desc, unit_id nulls first");
		return jdbc.query(sql.toString(), (rs, n) -> new UnitOverdue(rs.getObject(1, Long.class), rs.getLong(2),
				rs.getLong(3), rs.getLong(4)), args.toArray());
	}

	/** An open case on the map. */
	record Point(long id, String number, CaseStatus status, OverdueLevel level, double lon, double lat,
			String summary) {
	}

	/** Open, located cases within the scope, the most recent first, at most {@code limit}. */
	List<Point> openPoints(DataScope scope, int limit) {
		var sql = new StringBuilder("""
				select id, number, status, overdue_level, lon, lat, summary from caseflow_case
				where status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')
				and unit_grid_code is not null""");
		var args = new ArrayList<Object>();
		within(scope, sql, args);
		sql.append(" order by received_at desc limit ?");
		args.add(limit);
		return jdbc.query(sql.toString(), (rs, n) -> new Point(rs.getLong(1), rs.getString(2),
				CaseStatus.valueOf(rs.getString(3)), OverdueLevel.valueOf(rs.getString(4)), rs.getDouble(5),
				rs.getDouble(6), rs.getString(7)), args.toArray());
	}

	/** The scope as SQL: the regions of its grids or the units it covers. */
	private static void within(DataScope scope, StringBuilder sql, List<Object> args) {
		if (!scope.citywide()) {
			sql.append(" and (false");
			for (var prefix : scope.regionPrefixes()) {
				sql.append(" or ");
				region(sql, args, prefix);
			}
			for (var unit : scope.orgUnitIds()) {
				sql.append(" or unit_id = ?");
				args.add(unit);
			}
			sql.append(')');
		}
	}

	/**
	 * A region as the column that holds its code (district 6, street 9, community 12, unit grid 15 digits), so that an
	 * index serves it; other lengths fall back to a prefix match.
	 */
	private static void region(StringBuilder sql, List<Object> args, String code) {
		var column = switch (code.length()) {
			case 6 -> "district_code";
			case 9 -> "street_code";
			case 12 -> "community_code";
			case 15 -> "unit_grid_code";
			default -> null;
		};
		if (column == null) {
			sql.append("unit_grid_code like ?");
			args.add(code + "%");
		}
		else {
			sql.append(column).append(" = ?");
			args.add(code);
		}
	}

	Page search(Filter filter, @Nullable String after, DataScope scope, ZoneId zone, Instant now) {
		var query = query(filter, after, scope, zone, now);
		var rows = jdbc.query(query.sql(), ROW, query.args());
		if (rows.size() <= PAGE_SIZE) {
			return new Page(rows, null);
		}
		var page = rows.subList(0, PAGE_SIZE);
		var last = page.get(PAGE_SIZE - 1);
		return new Page(List.copyOf(page), new Keyset(last.receivedAt(), last.id()).toString());
	}

	/** A search as SQL with its parameters. */
	record Query(String sql, Object[] args) {
	}

	/** The first page (or the one after {@code after}) as SQL; filters become parameters only. */
	Query query(Filter filter, @Nullable String after, DataScope scope, ZoneId zone, Instant now) {
		var sql = new StringBuilder("""
				select id, number, status, source, summary, address, unit_grid_code, category_key, received_at,
				       overdue_level, dispose_due_at
				from caseflow_case where true""");
		var args = new ArrayList<Object>();
		within(scope, sql, args);
		if (!filter.statuses().isEmpty()) {
			sql.append(" and status in (").append(String.join(",", filter.statuses().stream().map(s -> "?").toList()))
				.append(')');
			filter.statuses().forEach(s -> args.add(s.name()));
		}
		if (filter.source() != null) {
			sql.append(" and source = ?");
			args.add(filter.source().name());
		}
		if (filter.categoryKey() != null) {
			sql.append(" and category_key = ?");
			args.add(filter.categoryKey());
		}
		if (filter.regionCode() != null) {
			sql.append(" and ");
			region(sql, args, filter.regionCode());
		}
		if (filter.from() != null) {
			sql.append(" and received_at >= ?");
			args.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and received_at < ?");
			args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (filter.unitId() != null) {
			sql.append(filter.unitId() == 0 ? " and unit_id is null" : " and unit_id = ?");
			if (filter.unitId() != 0) {
				args.add(filter.unitId());
			}
		}
		if (filter.level() != null) {
			sql.append(" and overdue_level = ?");
			args.add(filter.level().name());
		}
		if (filter.overdueOnly()) {
			sql.append(" and status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')"
					+ " and (overdue_level in ('OVERDUE', 'SEVERE') or dispose_due_at < ?)");
			args.add(Timestamp.from(now));
		}
		if (filter.keyword() != null) {
			if (filter.keyword().matches("AJ\\d{14}")) {
				sql.append(" and number = ?");
				args.add(filter.keyword());
			}
			else {
				sql.append(" and (summary like ? or address like ?)");
				var like = "%" + filter.keyword().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				args.add(like);
				args.add(like);
			}
		}
		var keyset = Keyset.parse(after);
		if (keyset != null) {
			sql.append(" and (received_at, id) < (?, ?)");
			args.add(Timestamp.from(keyset.receivedAt()));
			args.add(keyset.id());
		}
		sql.append(" order by received_at desc, id desc limit ").append(PAGE_SIZE + 1);
		return new Query(sql.toString(), args.toArray());
	}

	/** The position after which the next page starts: {@code <epoch micros>-<id>}. */
	record Keyset(Instant receivedAt, long id) {

		static @Nullable Keyset parse(@Nullable String text) {
			if (text == null || !text.matches("\\d{1,18}-\\d{1,18}")) {
				return null;
			}
			var parts = text.split("-");
			var micros = Long.parseLong(parts[0]);
			return new Keyset(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000),
					Long.parseLong(parts[1]));
		}

		@Override
		public String toString() {
			return (receivedAt.getEpochSecond() * 1_000_000 + receivedAt.getNano() / 1_000) + "-" + id;
		}
	}
}
