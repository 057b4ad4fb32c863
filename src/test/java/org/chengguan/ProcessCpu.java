package org.chengguan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The CPU time the operating system counted for this JVM (the server, with the benchmark's own thread) and for
 * PostgreSQL's processes (every one in {@code pg_stat_activity}: the sessions and the background workers), so that a
 * benchmark can say which of them the cores were busy with. A session that ends before {@link #since} is not counted.
 */
final class ProcessCpu {

	private final JdbcTemplate jdbc;

	private final Duration server;

	private final Duration serverKernel;

	private final Map<Long, DatabaseProcess> database;

	private final long postmaster;

	private final Duration ended;

	/**
	 * One of PostgreSQL's processes: its kind ({@code pg_stat_activity.backend_type}), the CPU it had used and the
	 * part of it spent in the kernel (system calls: sockets, context switches, file writes and syncs).
	 */
	private record DatabaseProcess(String type, Duration cpu, Duration kernel) {
	}

	private ProcessCpu(JdbcTemplate jdbc, long server, Map<Long, DatabaseProcess> database, long postmaster) {
		this.jdbc = jdbc;
		this.server = cpu(server);
		this.serverKernel = kernel(server);
		this.database = database;
		this.postmaster = postmaster;
		this.ended = endedChildren(postmaster);
	}

	static ProcessCpu start(JdbcTemplate jdbc) {
		var session = Objects.requireNonNull(jdbc.queryForObject("select pg_backend_pid()", Long.class));
		var postmaster = ProcessHandle.of(session).flatMap(ProcessHandle::parent).orElseThrow().pid();
		return new ProcessCpu(jdbc, ProcessHandle.current().pid(), database(jdbc), postmaster);
	}

	/** What was spent since the start, with the load generator's own figure, per request and in cores. */
	String since(long requests, double seconds, Duration loadGenerator) {
		var pid = ProcessHandle.current().pid();
		var serverSpent = cpu(pid).minus(server);
		var serverInKernel = kernel(pid).minus(serverKernel);
		var byType = new TreeMap<String, Duration>();
		var databaseInKernel = Duration.ZERO;
		for (var now : database(jdbc).entrySet()) {
			var before = database.get(now.getKey());
			var spent = now.getValue().cpu().minus(before == null ? Duration.ZERO : before.cpu());
			byType.merge(now.getValue().type(), spent, Duration::plus);
			databaseInKernel = databaseInKernel
				.plus(now.getValue().kernel().minus(before == null ? Duration.ZERO : before.kernel()));
		}
		byType.put("ended processes", endedChildren(postmaster).minus(ended));
		var databaseSpent = byType.values().stream().reduce(Duration.ZERO, Duration::plus);
		return String.format(Locale.ROOT, "CPU per request sent: the server's JVM %.2f ms, PostgreSQL %.2f ms (%s), the "
				+ "load generator %.2f ms (cores busy: %.2f, %.2f and %.2f of %d); of it in the kernel: the server %.2f ms, "
				+ "PostgreSQL's live processes %.2f ms", millis(serverSpent, requests),
				millis(databaseSpent, requests),
				byType.entrySet().stream()
					.map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), millis(e.getValue(), requests)))
					.collect(Collectors.joining(", ")),
				millis(loadGenerator, requests), serverSpent.toNanos() / 1e9 / seconds,
				databaseSpent.toNanos() / 1e9 / seconds, loadGenerator.toNanos() / 1e9 / seconds,
				Runtime.getRuntime().availableProcessors(), millis(serverInKernel, requests),
				millis(databaseInKernel, requests));
	}

	private static double millis(Duration spent, long requests) {
		return spent.toNanos() / 1e6 / Math.max(1, requests);
	}

	private static Map<Long, DatabaseProcess> database(JdbcTemplate jdbc) {
		var processes = new HashMap<Long, DatabaseProcess>();
		jdbc.query("select pid, backend_type from pg_stat_activity", (RowCallbackHandler) row -> processes
			.put(row.getLong(1), new DatabaseProcess(row.getString(2), cpu(row.getLong(1)), kernel(row.getLong(1)))));
		return processes;
	}

	/** The CPU time of a process's children that ended and were waited for: cutime and cstime. */
	private static Duration endedChildren(long pid) {
		return ticks(pid, 13).plus(ticks(pid, 14));
	}

	/** The CPU time a process spent in the kernel on its own behalf: stime. */
	private static Duration kernel(long pid) {
		return ticks(pid, 12);
	}

	/**
	 * One of the clock-tick fields of {@code /proc/<pid>/stat} (100 ticks a second), counted after the process's name:
	 * field 3 (state) is 0, so stime (15) is 12, cutime (16) 13 and cstime (17) 14. Zero where there is no such file.
	 */
	private static Duration ticks(long pid, int field) {
		try {
			var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Duration.ofMillis(10 * Long.parseLong(fields[field]));
		}
		catch (IOException | RuntimeException notLinux) {
			return Duration.ZERO;
		}
	}

	private static Duration cpu(long pid) {
		return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
	}
}
