package org.chengguan.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tallies from the rollups: for a scope and a period, per key of a grouping (rankings) and per month (trends).
 * Raw figures count every case; adjusted ones leave out the cases of approved 申诉. Parameters only.
 */
@Component
@Transactional(readOnly = true)
class Rollups {

	/** A month's tally. */
	record Month(YearMonth month, Tally tally) {
	}

	/** Where a period's rows are: its whole months in the monthly rollups, the days at either end in the daily. */
	record Part(String table, LocalDate from, LocalDate to) {

		static List<Part> of(Period period) {
			var firstMonth = period.from().getDayOfMonth() == 1 ? period.from()
					: period.from().withDayOfMonth(1).plusMonths(1);
			var endMonth = period.to().withDayOfMonth(1);
			if (!firstMonth.isBefore(endMonth)) {
				return List.of(new Part(DAYS, period.from(), period.to()));
			}
			var parts = new ArrayList<Part>();
			if (period.from().isBefore(firstMonth)) {
				parts.add(new Part(DAYS, period.from(), firstMonth));
			}
			parts.add(new Part(MONTHS, firstMonth, endMonth));
			if (endMonth.isBefore(period.to())) {
				parts.add(new Part(DAYS, endMonth, period.to()));
			}
			return parts;
		}
	}

	static final String DAYS = "supervision_rollup";

	static final String MONTHS = "supervision_rollup_month";

	private static final String COUNTS = String.join(", ", FactStore.COUNTS);

	private static final String SUMS = FactStore.COUNTS.stream()
		.map(c -> "coalesce(sum(" + c + "), 0)")
		.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	Rollups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Tally tally(Scope scope, Period period, boolean adjusted) {
		var args = new ArrayList<Object>();
		var key = scope.level() == Scope.Level.CITY ? null : scope.key();
		var sql = "select " + SUMS + " from "
				+ rows(COUNTS, scope.level().grouping, key, scope.prefix(), period, adjusted, args);
		return jdbc.queryForObject(sql, (rs, i) -> tally(rs, 1), args.toArray());
	}

	/**
	 * The tally of every key of {@code grouping} within the scope: the streets of a district, the grids of a
	 * community; for the city, a unit, a category or a source, every key of the grouping.
	 */
	Map<String, Tally> ranking(FactStore.Grouping grouping, Scope within, Period period, boolean adjusted) {
		var args = new ArrayList<Object>();
		var sql = "select group_key, " + SUMS + " from " + rows("group_key, " + COUNTS, grouping,
				under(grouping, within), true, period, adjusted, args) + " group by group_key order by group_key";
		var rows = new LinkedHashMap<String, Tally>();
		jdbc.query(sql, rs -> {
			rows.put(rs.getString(1), tally(rs, 2));
		}, args.toArray());
		return rows;
	}

	/** The tally of a set of cases (a road segment's in a month), summed from their facts. */
	Tally ofCases(Collection<Long> caseIds, boolean adjusted) {
		if (caseIds.isEmpty()) {
			return Tally.EMPTY;
		}
		return Objects.requireNonNull(jdbc.queryForObject("select " + SUMS
				+ " from supervision_case_fact where case_id = any(?)" + (adjusted ? " and not appealed" : ""),
				(rs, i) -> tally(rs, 1), (Object) caseIds.toArray(Long[]::new)));
	}

	/** The cases of every key of {@code grouping} within the scope (the heat map): one count, not a tally. */
	Map<String, Long> cases(FactStore.Grouping grouping, Scope within, Period period, boolean adjusted) {
		var args = new ArrayList<Object>();
		var sql = "select group_key, sum(cases) from " + rows("group_key, cases", grouping, under(grouping, within),
				true, period, adjusted, args) + " group by group_key";
		var rows = new LinkedHashMap<String, Long>();
		jdbc.query(sql, rs -> {
			rows.put(rs.getString(1), rs.getLong(2));
		}, args.toArray());
		return rows;
	}

	/** The tally of each month from {@code first} to {@code last}, months without cases included. */
	List<Month> trend(Scope scope, YearMonth first, YearMonth last, boolean adjusted) {
		var args = new ArrayList<Object>();
		var period = new Period(Period.Kind.RANGE, first.atDay(1), last.plusMonths(1).atDay(1));
		var key = scope.level() == Scope.Level.CITY ? null : scope.key();
		var sql = "select extract(year from day)::int, extract(month from day)::int, " + SUMS + " from "
				+ rows("day, " + COUNTS, scope.level().grouping, key, scope.prefix(), period, adjusted, args)
				+ " group by 1, 2";
		var found = new LinkedHashMap<YearMonth, Tally>();
		jdbc.query(sql, rs -> {
			found.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), tally(rs, 3));
		}, args.toArray());
		var months = new ArrayList<Month>();
		for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(new Month(m, found.getOrDefault(m, Tally.EMPTY)));
		}
		return months;
	}

	/** The day the rollups were last summed up to: facts changed since wait for the next run. */
	boolean current() {
		return !Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from supervision_case_fact where dirty)", Boolean.class));
	}

	/** The keys under a region (a street's communities and grids begin with its code); none for other scopes. */
	private static @Nullable String under(FactStore.Grouping grouping, Scope within) {
		return within.level().regional() && grouping.regional() ? within.key() : null;
	}

	/**
	 * The rows of one grouping and period as a derived table of {@code columns}: of one key, or of the keys
	 * beginning with it; from the monthly rollups for the period's whole months.
	 */
	private static String rows(String columns, FactStore.Grouping grouping, @Nullable String key, boolean prefix,
			Period period, boolean adjusted, List<Object> args) {
		var parts = new ArrayList<String>();
		for (var part : Part.of(period)) {
			var sql = new StringBuilder("select ").append(columns).append(" from ").append(part.table())
				.append(" where grouping = ? and day >= ? and day < ?");
			args.add(grouping.name());
			args.add(part.from());
			args.add(part.to());
			if (key != null && prefix) {
				// keys are digits or a kind letter and digits (Scope.parse), and compare byte by byte (V53): those
				// beginning with the key lie between it and the key followed by '~', a range of the primary key
				sql.append(" and group_key >= ? and group_key < ?");
				args.add(key);
				args.add(key + "~");
			}
			else if (key != null) {
				sql.append(" and group_key = ?");
				args.add(key);
			}
			if (adjusted) {
				sql.append(" and not appealed");
			}
			parts.add(sql.toString());
		}
		return "(" + String.join(" union all ", parts) + ") r";
	}

	private static Tally tally(ResultSet rs, int first) throws SQLException {
		var counts = new long[FactStore.COUNTS.size()];
		for (var i = 0; i < counts.length; i++) {
			counts[i] = rs.getLong(first + i);
		}
		return Tally.of(counts);
	}
}
