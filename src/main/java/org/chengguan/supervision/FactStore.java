package org.chengguan.supervision;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model's two tables: the counted facts, one row per case, and the rollups summed from them. A fact is
 * written only when it differs from the one stored, and then marks its day for the next rollup; a day's rollups are
 * always summed afresh from its facts, so a replayed event changes nothing and a fact cannot be counted twice.
 */
@Component
class FactStore {

	/** The groupings of the rollups, with the fact column each one groups by. */
	enum Grouping {
		DISTRICT("district_code"), STREET("street_code"), COMMUNITY("community_code"), GRID("unit_grid_code"),
		UNIT("unit_id"), CATEGORY("category_key"), SOURCE("source");

		final String column;

		Grouping(String column) {
			this.column = column;
		}

		/** A level of the region tree: its keys are codes that begin with those of the levels above. */
		boolean regional() {
			return this == DISTRICT || this == STREET || this == COMMUNITY || this == GRID;
		}
	}

	static final List<String> DIMENSIONS = List.of("received_day", "district_code", "street_code", "community_code",
			"unit_grid_code", "unit_id", "category_key", "source");

	static final List<String> COUNTS = Tally.names().stream().map(FactStore::snake).toList();

	private static final String UPSERT = upsert();

	private static final String SUMS = sums();

	private static final String ROLLUP_COLUMNS = "grouping, group_key, day, appealed, " + String.join(", ", COUNTS);

	private static final String ROLL = "insert into supervision_rollup (" + ROLLUP_COLUMNS + ") " + SUMS;

	/** The monthly rows summed afresh from the daily ones. */
	private static final String MONTHS = "select grouping, group_key, date_trunc('month', day)::date, appealed, "
			+ COUNTS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "))
			+ " from supervision_rollup";

	private static final String MONTHS_GROUP_BY = " group by grouping, group_key, date_trunc('month', day)::date,"
			+ " appealed";

	private static final String CHANGES = changes();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	FactStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Stores these facts where they differ from the stored ones; how many differed. */
	int store(Collection<CaseCount> counts) {
		var changed = 0;
		for (var rows : jdbc.batchUpdate(UPSERT, List.copyOf(counts), 500, FactStore::bind)) {
			for (var row : rows) {
				changed += row;
			}
		}
		return changed;
	}

	/**
	 * Sums the rollups afresh for every day with a changed fact, oldest first, at most {@code days} of them; the
	 * days rolled. One snapshot reads the facts and clears their marks, so a fact changed meanwhile stops the run
	 * (PostgreSQL cannot serialise it) and stays marked for the next one.
	 */
	List<LocalDate> roll(int days) {
		return roll(null, days);
	}

	/** The same for the days after {@code after} only (any day when it is {@code null}). */
	List<LocalDate> roll(@Nullable LocalDate after, int days) {
		return snapshot.execute(tx -> {
			var dirty = jdbc.queryForList("""
					select distinct received_day from supervision_case_fact
					where dirty and received_day > coalesce(?::date, '-infinity'::date)
					order by received_day limit ?""", LocalDate.class, after, days);
			sum(dirty);
			return dirty;
		});
	}

	/**
	 * Rolls every day marked when it starts, {@code batch} days at a time, each of them once; the days rolled. Under
	 * steady intake today is marked again at once: it waits for the next run rather than keep this one going.
	 */
	List<LocalDate> rollMarked(int batch) {
		var rolled = new ArrayList<LocalDate>();
		List<LocalDate> days;
		do {
			days = roll(rolled.isEmpty() ? null : rolled.get(rolled.size() - 1), batch);
			rolled.addAll(days);
		}
		while (days.size() == batch);
		return rolled;
	}

	/**
	 * Sums these days' rollups afresh from their facts, whether marked or not, and writes only the rows whose sums
	 * changed: those are written anew, the rows no fact sums to any more are deleted, and their months take the
	 * difference. Writing every row of the day anew, and each month's row twice, was most of the time PostgreSQL spent
	 * in the intake benchmark, and grew with the day's cases (issue 14).
	 */
	void sum(Collection<LocalDate> days) {
		if (days.isEmpty()) {
			return;
		}
		var array = days.stream().map(Date::valueOf).toArray(Date[]::new);
		jdbc.update(CHANGES, array, array);
		jdbc.update("delete from supervision_rollup_month where day = any(?) and "
				+ COUNTS.stream().map(c -> c + " = 0").collect(Collectors.joining(" and ")),
				(Object) days.stream().map(d -> Date.valueOf(d.withDayOfMonth(1))).distinct().toArray(Date[]::new));
		jdbc.update("update supervision_case_fact set dirty = false where dirty and received_day = any(?)",
				(Object) array);
	}

	/** Sums every rollup afresh from the facts (after a rebuild). */
	void rollAll() {
		jdbc.execute("delete from supervision_rollup");
		jdbc.update(ROLL + groupBy());
		jdbc.execute("delete from supervision_rollup_month");
		jdbc.update("insert into supervision_rollup_month (" + ROLLUP_COLUMNS + ") " + MONTHS + MONTHS_GROUP_BY);
		jdbc.execute("update supervision_case_fact set dirty = false where dirty");
	}

	/** The stored facts of these cases. */
	List<CaseCount> load(Collection<Long> caseIds) {
		return jdbc.query("select case_id, " + String.join(", ", DIMENSIONS) + ", " + String.join(", ", COUNTS)
				+ " from supervision_case_fact where case_id = any(?)", (rs, i) -> {
					var counts = new long[COUNTS.size()];
					for (var c = 0; c < counts.length; c++) {
						counts[c] = rs.getLong(10 + c);
					}
					return new CaseCount(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
							rs.getString(8), Channel.valueOf(rs.getString(9)), Tally.of(counts));
				}, (Object) caseIds.toArray(Long[]::new));
	}

	/** How many facts are stored for cases after {@code afterId} received in [from, to). */
	int factsOf(LocalDate from, LocalDate to, long afterId) {
		return Objects.requireNonNull(jdbc.queryForObject("""
				select count(*) from supervision_case_fact
				where received_day >= ? and received_day < ? and case_id > ?""", Integer.class, from, to, afterId));
	}

	/**
	 * Rollup rows of the days [from, to) that differ from the sums of their facts, and monthly rows of the months
	 * they touch that differ from the sums of their days, either way.
	 */
	int rollupDifferences(LocalDate from, LocalDate to) {
		var days = differences(SUMS + " where received_day >= ? and received_day < ?" + groupBy(), "supervision_rollup",
				from, to);
		var firstMonth = from.withDayOfMonth(1);
		var endMonth = to.minusDays(1).withDayOfMonth(1).plusMonths(1);
		return days + differences(MONTHS + " where day >= ? and day < ?" + MONTHS_GROUP_BY, "supervision_rollup_month",
				firstMonth, endMonth);
	}

	private int differences(String fresh, String table, LocalDate from, LocalDate to) {
		var stored = "select " + ROLLUP_COLUMNS + " from " + table + " where day >= ? and day < ?";
		return Objects.requireNonNull(jdbc.queryForObject("with fresh as (" + fresh
				+ ") select count(*) from ((select * from fresh except all " + stored + ") union all (" + stored
				+ " except all select * from fresh)) d", Integer.class, from, to, from, to, from, to));
	}

	/** Keeps the result of a check. */
	void record(FactMaintenance.Check check, Instant started, Instant finished) {
		jdbc.update("""
				insert into supervision_check_run (started_at, finished_at, from_day, to_day, cases, fact_differences,
				    rollup_differences, sample) values (?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(started),
				Timestamp.from(finished), check.from(), check.to(), check.cases(), check.factDifferences(),
				check.rollupDifferences(), check.sample().isEmpty() ? null : String.join("; ", check.sample()));
	}

	private static void bind(PreparedStatement ps, CaseCount count) throws SQLException {
		ps.setLong(1, count.caseId());
		ps.setDate(2, Date.valueOf(count.receivedDay()));
		text(ps, 3, count.districtCode());
		text(ps, 4, count.streetCode());
		text(ps, 5, count.communityCode());
		text(ps, 6, count.unitGridCode());
		if (count.unitId() == null) {
			ps.setNull(7, Types.BIGINT);
		}
		else {
			ps.setLong(7, count.unitId());
		}
		text(ps, 8, count.categoryKey());
		ps.setString(9, count.source().name());
		var counts = count.tally().counts();
		for (var i = 0; i < counts.length; i++) {
			ps.setLong(10 + i, counts[i]);
		}
	}

	private static void text(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, value);
		}
	}

	private static String upsert() {
		var columns = new ArrayList<String>(DIMENSIONS);
		columns.addAll(COUNTS);
		var set = columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
		var mine = columns.stream().map(c -> "f." + c).collect(Collectors.joining(", "));
		var theirs = columns.stream().map(c -> "excluded." + c).collect(Collectors.joining(", "));
		return "insert into supervision_case_fact as f (case_id, " + String.join(", ", columns) + ") values (?, "
				+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") on conflict (case_id) do update set "
				+ set + ", dirty = true where (" + mine + ") is distinct from (" + theirs + ")";
	}

	private static String sums() {
		var grouping = new StringBuilder("case");
		var key = new StringBuilder("coalesce(case");
		for (var g : Grouping.values()) {
			grouping.append(" when grouping(").append(g.column).append(") = 0 then '").append(g.name()).append("'");
			key.append(" when grouping(").append(g.column).append(") = 0 then ").append(g.column).append("::text");
		}
		grouping.append(" end");
		key.append(" end, '')");
		return "select " + grouping + ", " + key + ", received_day, appealed, "
				+ COUNTS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "))
				+ " from supervision_case_fact";
	}

	/**
	 * One statement for some days: their fresh sums ({@code fresh}) against their stored rows ({@code stored}); the
	 * stored rows that are not among the fresh ones are {@code gone}, the fresh ones not stored {@code came}. The months
	 * add what came and take out what went, the rows that went without coming back are deleted, and what came is
	 * written over the stored row of its key or as a new one. Those deletions and writes never meet the same key.
	 */
	private static String changes() {
		var key = "(%1$s.grouping, %1$s.group_key, %1$s.day, %1$s.appealed)";
		var addToMonth = COUNTS.stream().map(c -> c + " = m." + c + " + excluded." + c).collect(Collectors.joining(", "));
		var replace = COUNTS.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
		return "with fresh (" + ROLLUP_COLUMNS + ") as (" + SUMS + " where received_day = any(?)" + groupBy() + "), "
				+ "stored as (select " + ROLLUP_COLUMNS + " from supervision_rollup where day = any(?)), "
				+ "gone as (select * from stored except all select * from fresh), "
				+ "came as (select * from fresh except all select * from stored), "
				+ "months as (insert into supervision_rollup_month as m (" + ROLLUP_COLUMNS + ") "
				+ "select grouping, group_key, date_trunc('month', day)::date, appealed, "
				+ COUNTS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "))
				+ " from (select * from came union all select grouping, group_key, day, appealed, "
				+ COUNTS.stream().map(c -> "-" + c).collect(Collectors.joining(", ")) + " from gone) d"
				+ MONTHS_GROUP_BY + " on conflict (grouping, group_key, day, appealed) do update set " + addToMonth
				+ "), vanished as (delete from supervision_rollup r using gone g where " + key.formatted("r") + " = "
				+ key.formatted("g") + " and not exists (select 1 from came c where " + key.formatted("c") + " = "
				+ key.formatted("g") + ")) "
				+ "insert into supervision_rollup (" + ROLLUP_COLUMNS + ") select * from came"
				+ " on conflict (grouping, group_key, day, appealed) do update set " + replace;
	}

	private static String groupBy() {
		return " group by received_day, appealed, grouping sets ("
				+ java.util.Arrays.stream(Grouping.values()).map(g -> "(" + g.column + ")")
					.collect(Collectors.joining(", "))
				+ ")";
	}

	static String snake(String camel) {
		return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}
}
