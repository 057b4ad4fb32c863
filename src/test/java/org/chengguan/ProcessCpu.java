package org.chengguan;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CPU time the operating system counted for this JVM (the server, with the benchmark's own thread) and for
 * PostgreSQL's processes (every one in {@code pg_stat_activity}: the sessions and the background workers), so that a
 * benchmark can say which of them the cores were busy with. A session that ends before {@link #since} is not counted.
 */
final class ProcessCpu {

	private final JdbcTemplate jdbc;

	private final Duration server;

	private final Map<Long, Duration> database;

	private ProcessCpu(JdbcTemplate jdbc, Duration server, Map<Long, Duration> database) {
		this.jdbc = jdbc;
		this.server = server;
		this.database = database;
	}

	static ProcessCpu start(JdbcTemplate jdbc) {
		return new ProcessCpu(jdbc, cpu(ProcessHandle.current().pid()), database(jdbc));
	}

	/** What was spent since the start, with the load generator's own figure, per request and in cores. */
	String since(long requests, double seconds, Duration loadGenerator) {
		var serverSpent = cpu(ProcessHandle.current().pid()).minus(server);
		var databaseSpent = Duration.ZERO;
		for (var now : database(jdbc).entrySet()) {
			databaseSpent = databaseSpent.plus(now.getValue().minus(database.getOrDefault(now.getKey(), Duration.ZERO)));
		}
		return String.format(Locale.ROOT, "CPU per request sent: the server's JVM %.2f ms, PostgreSQL %.2f ms, the load "
				+ "generator %.2f ms (cores busy: %.2f, %.2f and %.2f of %d)", millis(serverSpent, requests),
				millis(databaseSpent, requests), millis(loadGenerator, requests), serverSpent.toNanos() / 1e9 / seconds,
				databaseSpent.toNanos() / 1e9 / seconds, loadGenerator.toNanos() / 1e9 / seconds,
				Runtime.getRuntime().availableProcessors());
	}

	private static double millis(Duration spent, long requests) {
		return spent.toNanos() / 1e6 / Math.max(1, requests);
	}

	private static Map<Long, Duration> database(JdbcTemplate jdbc) {
		var times = new HashMap<Long, Duration>();
		for (var pid : jdbc.queryForList("select pid from pg_stat_activity", Long.class)) {
			times.put(pid, cpu(pid));
		}
		return times;
	}

	private static Duration cpu(long pid) {
		return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
	}
}
