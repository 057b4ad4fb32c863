package org.chengguan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the measured phase asked of the database: its commits (pg_stat_database) and its statements
 * (pg_stat_statements, loaded by {@code chengguan.local-db.statement-statistics}), per request sent, with the time
 * PostgreSQL spent executing and planning them and the statements called most often. Background jobs (the rollup,
 * the grid index poll) are counted too; they are a few statements every 30 seconds.
 */
final class StatementCounter {

	record Counted(long commits, long rollbacks, long statements, double executing, double planning, Wal wal,
			List<Map<String, Object>> top, List<Map<String, Object>> longest) {

		void print(int requests) {
			System.out.printf(Locale.ROOT, "%nPer request sent (%,d): %.2f commits, %.2f rollbacks, %.1f statements, "
					+ "%.2f ms executing them and %.2f ms planning them%n%n", requests, commits / (double) requests,
					rollbacks / (double) requests, statements / (double) requests, executing / requests,
					planning / requests);
			System.out.printf(Locale.ROOT, "Write-ahead log per request sent: %.1f records, %.2f full-page images, "
					+ "%,.0f bytes%n%n", wal.records() / (double) requests, wal.fullPages() / (double) requests,
					wal.bytes() / (double) requests);
			table(top, requests);
			System.out.printf("%nThe statements that took the longest altogether:%n%n");
			table(longest, requests);
		}

		private static void table(List<Map<String, Object>> rows, int requests) {
			System.out.println("| calls per request | mean ms | ms per request | planned per call | planning ms "
					+ "| rows per call | statement |");
			System.out.println("|---|---|---|---|---|---|---|");
			for (var row : rows) {
				var calls = ((Number) row.get("calls")).longValue();
				System.out.printf(Locale.ROOT, "| %.2f | %.3f | %.3f | %.2f | %.3f | %.1f | `%s` |%n",
						calls / (double) requests, ((Number) row.get("mean_exec_time")).doubleValue(),
						((Number) row.get("total_exec_time")).doubleValue() / requests,
						((Number) row.get("plans")).doubleValue() / Math.max(1, calls),
						((Number) row.get("total_plan_time")).doubleValue() / Math.max(1, calls),
						((Number) row.get("rows")).doubleValue() / Math.max(1, calls),
						abbreviate((String) row.get("query")));
			}
		}

		private static String abbreviate(String query) {
			var oneLine = query.replaceAll("\\s+", " ").strip();
			return oneLine.length() > 110 ? oneLine.substring(0, 110) + "…" : oneLine;
		}
	}

	/** What the cluster wrote to its write-ahead log (pg_stat_wal). */
	record Wal(long records, long fullPages, long bytes) {

		Wal minus(Wal before) {
			return new Wal(records - before.records, fullPages - before.fullPages, bytes - before.bytes);
		}
	}

	private final JdbcTemplate jdbc;

	private final Wal wal;

	private final long commits;

	private final long rollbacks;

	StatementCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		jdbc.execute("create extension if not exists pg_stat_statements");
		jdbc.queryForList("select pg_stat_statements_reset()");
		var counts = jdbc.queryForMap(
				"select xact_commit, xact_rollback from pg_stat_database where datname = current_database()");
		this.commits = ((Number) counts.get("xact_commit")).longValue();
		this.rollbacks = ((Number) counts.get("xact_rollback")).longValue();
		this.wal = wal();
	}

	private Wal wal() {
		return Objects.requireNonNull(jdbc.queryForObject("select wal_records, wal_fpi, wal_bytes from pg_stat_wal",
				(row, n) -> new Wal(row.getLong(1), row.getLong(2), row.getLong(3))));
	}

	Counted stop() {
		// every backend publishes its counts within a second of going idle
		try {
			Thread.sleep(2_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		var counts = jdbc.queryForMap(
				"select xact_commit, xact_rollback from pg_stat_database where datname = current_database()");
		var total = jdbc.queryForMap("""
				select coalesce(sum(calls), 0) as calls, coalesce(sum(total_exec_time), 0) as executing,
					coalesce(sum(total_plan_time), 0) as planning
				from pg_stat_statements
				where dbid = (select oid from pg_database where datname = current_database())""");
		var top = statements("calls desc limit 25");
		var longest = statements("total_exec_time desc limit 8");
		return new Counted(((Number) counts.get("xact_commit")).longValue() - commits,
				((Number) counts.get("xact_rollback")).longValue() - rollbacks, ((Number) total.get("calls")).longValue(),
				((Number) total.get("executing")).doubleValue(), ((Number) total.get("planning")).doubleValue(),
				wal().minus(wal), top, longest);
	}

	private List<Map<String, Object>> statements(String order) {
		return jdbc.queryForList("""
				select calls, mean_exec_time, total_exec_time, plans, total_plan_time, rows, query from pg_stat_statements
				where dbid = (select oid from pg_database where datname = current_database())
				order by %s""".formatted(order));
	}
}
