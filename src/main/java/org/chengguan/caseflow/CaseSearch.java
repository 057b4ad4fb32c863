package org.chengguan.caseflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;

import org.chengguan.caseflow.SearchConditions.Overdue;
import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案卷查询: any combination of filters, newest first or (the desks) due first, by keyset pagination (the sort key and
 * id of the last row seen), so that page 1,000 costs what page 1 costs. Filters become SQL parameters only.
 */
@Component
class CaseSearch {

	static final int PAGE_SIZE = 50;

	static final String OPEN = "status not in ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')";

	/** The order of a result list: newest first (案卷查询), or the current stage due first (the desks). */
	enum Order {
		NEWEST, DUE
	}

	/** What the search form sends. */
	record Filter(Set<CaseStatus> statuses, @Nullable Channel source, @Nullable String categoryKey,
			@Nullable String regionCode, @Nullable LocalDate from, @Nullable LocalDate to, boolean overdueOnly,
			@Nullable String keyword, @Nullable Long unitId, @Nullable OverdueLevel level) {

		static Filter of(Set<CaseStatus> statuses) {
			return new Filter(statuses, null, null, null, null, null, false, null, null, null);
		}
	}

	/** 我的任务 of one person: field tasks sent to them (or to nobody, in their grids), and their unit's work. */
	record Tasks(long staffId, long orgUnitId, Set<CaseStatus> fieldStates, Set<CaseStatus> unitStates) {
	}

	/** 超期清单: one unit's open cases by warning level; {@code unitId} null for those not dispatched yet. */
	record UnitOverdue(@Nullable Long unitId, long warning, long overdue, long severe) {
	}

	/** One row of a result list, with the running stage due first. */
	record Row(long id, String number, CaseStatus status, Channel source, String summary, @Nullable String address,
			@Nullable String unitGridCode, @Nullable String categoryKey, Instant receivedAt, OverdueLevel overdueLevel,
			@Nullable Instant disposeDueAt, @Nullable Stage stage, @Nullable Instant stageDueAt, @Nullable Long unitId) {
	}

	/** A page and the keyset of its last row, if there may be more. */
	record Page(List<Row> rows, @Nullable String next) {
	}

	private static final String COLUMNS = """
			select id, number, status, source, summary, address, unit_grid_code, category_key, received_at,
			       overdue_level, dispose_due_at, current_stage, stage_due_at, unit_id
			from caseflow_case""";

	private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong(1), rs.getString(2),
			CaseStatus.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
			rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), OverdueLevel.valueOf(rs.getString(10)),
			instant(rs.getTimestamp(11)), rs.getString(12) == null ? null : Stage.valueOf(rs.getString(12)),
			instant(rs.getTimestamp(13)), rs.getObject(14, Long.class));

	private final JdbcTemplate jdbc;

	private final SearchHedge hedge;

	CaseSearch(JdbcTemplate jdbc, SearchHedge hedge) {
		this.jdbc = jdbc;
		this.hedge = hedge;
	}

	/** Open cases at a warning level, counted per handling unit, within the scope. */
	List<UnitOverdue> overdueByUnit(DataScope scope) {
		var sql = new StringBuilder("""
				select unit_id, count(*) filter (where overdue_level = 'WARNING'),
				       count(*) filter (where overdue_level = 'OVERDUE'), count(*) filter (where overdue_level = 'SEVERE')
				from caseflow_case where overdue_level <> 'NORMAL' and\s""").append(OPEN);
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
		var sql = new StringBuilder("select id, number, status, overdue_level, lon, lat, summary from caseflow_case"
				+ " where unit_grid_code is not null and " + OPEN);
		var args = new ArrayList<Object>();
		within(scope, sql, args);
		sql.append(" order by received_at desc limit ?");
		args.add(limit);
		return jdbc.query(sql.toString(), (rs, n) -> new Point(rs.getLong(1), rs.getString(2),
				CaseStatus.valueOf(rs.getString(3)), OverdueLevel.valueOf(rs.getString(4)), rs.getDouble(5),
				rs.getDouble(6), rs.getString(7)), args.toArray());
	}

	private static void within(DataScope scope, StringBuilder sql, List<Object> args) {
		within(scope, sql, args, "");
	}

	/** The scope as SQL over the case columns of {@code alias} ("c." or ""): its regions, own grids, or units. */
	static void within(DataScope scope, StringBuilder sql, List<Object> args, String alias) {
		if (!scope.citywide()) {
			sql.append(" and (false");
			for (var prefix : scope.regionPrefixes()) {
				sql.append(" or ").append(alias);
				region(sql, args, prefix);
			}
			if (!scope.gridCodes().isEmpty()) {
				sql.append(" or ").append(alias).append("unit_grid_code in (")
					.append(placeholders(scope.gridCodes().size())).append(')');
				args.addAll(scope.gridCodes());
			}
			for (var unit : scope.orgUnitIds()) {
				sql.append(" or ").append(alias).append("unit_id = ?");
				args.add(unit);
			}
			sql.append(')');
		}
	}

	private static void region(StringBuilder sql, List<Object> args, String code) {
		var column = SearchConditions.column(code);
		if (column == null) {
			sql.append("unit_grid_code like ?");
			args.add(code + "%");
		}
		else {
			sql.append(column.name()).append(" = ?");
			args.add(code);
		}
	}

	/**
	 * A page of a search. The planner walks an index in the order asked and tests each row for the other filters: a
	 * few milliseconds when the filters are met often, but the whole index when filters that rarely meet together
	 * (a category and a keyword its cases never contain) never fill a page. So the walk has a budget, and past it the
	 * same page comes from the search terms' index, which intersects the filters' lists and sorts only what they share.
	 */
	@Transactional(readOnly = true)
	Page search(Filter filter, Order order, @Nullable String after, DataScope scope, ZoneId zone, Instant now) {
		var walk = query(filter, order, after, scope, zone, now);
		var indexed = indexed(filter, order, after, scope, zone, now);
		var rows = indexed == null ? jdbc.query(walk.sql().toString(), ROW, walk.args().toArray())
				: hedge.rows(walk, indexed, ROW);
		return page(rows, order);
	}

	/**
	 * Every case the filter finds in the scope, at most {@code limit}, in the order asked, handed over one at a time
	 * from a cursor (an export of a hundred thousand rows holds one); how many there were. Read by the walk, or by the
	 * search terms when the walk does not find the first page within its budget.
	 */
	@Transactional(readOnly = true)
	int each(Filter filter, Order order, DataScope scope, ZoneId zone, Instant now, int limit, Consumer<Row> each) {
		var walk = finish(where(COLUMNS, SearchConditions.columns(), filter, scope, zone, now), order, null, limit);
		var indexed = indexed(filter, order, null, scope, zone, now, limit);
		var count = new int[1];
		RowCallbackHandler handler = rs -> each.accept(ROW.mapRow(rs, count[0]++));
		if (indexed != null) {
			hedge.each(query(filter, order, null, scope, zone, now), walk, indexed, handler);
			return count[0];
		}
		var streaming = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
		streaming.setFetchSize(1000);
		streaming.query(walk.sql().toString(), handler, walk.args().toArray());
		return count[0];
	}

	/** How many cases the filter finds in the scope (the desks show it). */
	long count(Filter filter, DataScope scope, ZoneId zone, Instant now) {
		var query = where("select count(*) from caseflow_case", SearchConditions.columns(), filter, scope, zone, now);
		return jdbc.queryForObject(query.sql().toString(), Long.class, query.args().toArray());
	}

	/** A person's 我的任务, due first. */
	Page tasks(Tasks tasks, @Nullable String after, DataScope scope) {
		var sql = new StringBuilder(COLUMNS).append(" where (false");
		var args = new ArrayList<Object>();
		if (!tasks.fieldStates().isEmpty()) {
			sql.append(" or (status in (").append(placeholders(tasks.fieldStates().size())).append(')');
			tasks.fieldStates().forEach(s -> args.add(s.name()));
			sql.append(" and (assignee_id = ? or (assignee_id is null");
			args.add(tasks.staffId());
			if (scope.citywide()) {
				// The centre's desks see every open task already; 我的任务 lists only those sent to them.
				sql.append(" and false");
			}
			else {
				within(scope, sql, args);
			}
			sql.append(")))");
		}
		if (!tasks.unitStates().isEmpty()) {
			sql.append(" or (status in (").append(placeholders(tasks.unitStates().size())).append(") and unit_id = ?)");
			tasks.unitStates().forEach(s -> args.add(s.name()));
			args.add(tasks.orgUnitId());
		}
		sql.append(')');
		return page(finish(new Query(sql, args), Order.DUE, after), Order.DUE);
	}

	/** A search as SQL with its parameters. */
	record Query(StringBuilder sql, List<Object> args) {
	}

	/** The first page (or the one after {@code after}) as SQL; filters become parameters only. */
	Query query(Filter filter, Order order, @Nullable String after, DataScope scope, ZoneId zone, Instant now) {
		return finish(where(COLUMNS, SearchConditions.columns(), filter, scope, zone, now), order, after);
	}

	/** The same page by the search terms' index (V74); null when no filter or scope narrows it. */
	@Nullable
	Query indexed(Filter filter, Order order, @Nullable String after, DataScope scope, ZoneId zone, Instant now) {
		return indexed(filter, order, after, scope, zone, now, PAGE_SIZE + 1);
	}

	private @Nullable Query indexed(Filter filter, Order order, @Nullable String after, DataScope scope, ZoneId zone,
			Instant now, int limit) {
		if (filter.overdueOnly()) {
			var raised = where(COLUMNS, SearchConditions.terms(), filter, scope, zone, now, Overdue.RAISED);
			var late = where(COLUMNS, SearchConditions.terms(), filter, scope, zone, now, Overdue.LATE);
			var sql = new StringBuilder("select * from (").append(raised.sql())
				.append(" union all ")
				.append(late.sql())
				.append(") found where true");
			var args = new ArrayList<>(raised.args());
			args.addAll(late.args());
			return finish(new Query(sql, args), order, after, limit);
		}
		var terms = SearchConditions.terms();
		var query = where(COLUMNS, terms, filter, scope, zone, now);
		return terms.narrowed() ? finish(query, order, after, limit) : null;
	}

	private static Query where(String select, SearchConditions where, Filter filter, DataScope scope, ZoneId zone,
			Instant now) {
		return where(select, where, filter, scope, zone, now, null);
	}

	private static Query where(String select, SearchConditions where, Filter filter, DataScope scope, ZoneId zone,
			Instant now, @Nullable Overdue overdue) {
		var scopeSql = new StringBuilder();
		var scopeArgs = new ArrayList<Object>();
		within(scope, scopeSql, scopeArgs);
		where.within(scope, scopeSql, scopeArgs);
		where.filter(filter, zone, now, overdue);
		var args = new ArrayList<Object>();
		var sql = new StringBuilder(select).append(" where true").append(where.sql(args));
		return new Query(sql, args);
	}

	/** The keyset condition and the order; one row more than a page tells whether there is a next one. */
	private static Query finish(Query query, Order order, @Nullable String after) {
		return finish(query, order, after, PAGE_SIZE + 1);
	}

	private static Query finish(Query query, Order order, @Nullable String after, int limit) {
		var sql = query.sql();
		var args = query.args();
		var keyset = Keyset.parse(after);
		if (order == Order.NEWEST) {
			if (keyset != null && keyset.at() != null) {
				sql.append(" and (received_at, id) < (?, ?)");
				args.add(Timestamp.from(keyset.at()));
				args.add(keyset.id());
			}
			sql.append(" order by received_at desc, id desc");
		}
		else {
			if (keyset != null) {
				// Cases without a running stage come last.
				sql.append(keyset.at() == null ? " and stage_due_at is null and id > ?"
						: " and ((stage_due_at, id) > (?, ?) or stage_due_at is null)");
				if (keyset.at() != null) {
					args.add(Timestamp.from(keyset.at()));
				}
				args.add(keyset.id());
			}
			sql.append(" order by stage_due_at asc nulls last, id asc");
		}
		sql.append(" limit ").append(limit);
		return query;
	}

	private Page page(Query query, Order order) {
		return page(jdbc.query(query.sql().toString(), ROW, query.args().toArray()), order);
	}

	private static Page page(List<Row> rows, Order order) {
		if (rows.size() <= PAGE_SIZE) {
			return new Page(rows, null);
		}
		var page = rows.subList(0, PAGE_SIZE);
		var last = page.get(PAGE_SIZE - 1);
		var at = order == Order.NEWEST ? last.receivedAt() : last.stageDueAt();
		return new Page(List.copyOf(page), new Keyset(at, last.id()).toString());
	}

	static String placeholders(int n) {
		return String.join(",", java.util.Collections.nCopies(n, "?"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The position after which the next page starts: {@code <epoch micros>-<id>}, or {@code n-<id>} past the dated rows. */
	record Keyset(@Nullable Instant at, long id) {

		static @Nullable Keyset parse(@Nullable String text) {
			if (text == null || !text.matches("(\\d{1,18}|n)-\\d{1,18}")) {
				return null;
			}
			var parts = text.split("-");
			var id = Long.parseLong(parts[1]);
			if (parts[0].equals("n")) {
				return new Keyset(null, id);
			}
			var micros = Long.parseLong(parts[0]);
			return new Keyset(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000), id);
		}

		@Override
		public String toString() {
			return (at == null ? "n" : String.valueOf(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000)) + "-"
					+ id;
		}
	}
}
