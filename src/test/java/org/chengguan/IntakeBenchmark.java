package org.chengguan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import one.profiler.AsyncProfiler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 3 §7: a platform re-sending its backlog after an outage, or a camera storm. Starts the application on a fresh
 * embedded PostgreSQL with the large demo city (50,400 unit grids), then pushes hotline work orders and video alarms
 * through the HTTP APIs with 32 concurrent clients — 30 % of them resends of ones already sent — each doing its full
 * work (key check, idempotency, grid lookup, duplicate hint, case with its first timeline record and timers, alarm
 * merge). In the same run it measures plain JDBC single-row inserts into the same PostgreSQL as the baseline.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@intake-benchmark}; {@code -Dbench.orders=…},
 * {@code -Dbench.alarms=…}, {@code -Dbench.pool=…} (connections), {@code -Dbench.clients=…} (32) and
 * {@code -Dbench.durable=false} change the run; {@code -Dbench.large-city=false} runs in the small demo city (quicker
 * to start, for profiling), {@code -Dbench.profile=file.html} writes a CPU profile and {@code -Dbench.jfr=file.jfr} a
 * flight recording of the measured phase. The load generator runs in a process of its own ({@link IntakeLoad}).
 * Prints a Markdown table, requests/s per slice of the run, the statements per request, the CPU time per request of
 * the server, PostgreSQL and the load generator, and what feeding the supervision read model took per request (issue
 * 11 §8).
 */
public final class IntakeBenchmark {

	static final int CLIENTS = Integer.getInteger("bench.clients", 32);

	private IntakeBenchmark() {
	}

	/** What feeding the supervision read model took during the measured run (issue 11 §8). */
	record Feed(long transactions, double nanos, double max) {
	}


	public static void main(String[] args) throws Exception {
		var orders = Integer.getInteger("bench.orders", 100_000);
		var alarms = Integer.getInteger("bench.alarms", 100_000);
		var durable = Boolean.parseBoolean(System.getProperty("bench.durable", "true"));
		var started = System.nanoTime();
		var app = BenchmarkApplication.start(Map.of("server.port", "0", "chengguan.demo.enabled", "true",
				"chengguan.demo.large-city", System.getProperty("bench.large-city", "true"), "chengguan.local-db.durable",
				String.valueOf(durable), "chengguan.hotline.outbox-interval", "PT10H", "chengguan.caseflow.timer-interval",
				"PT10H", "logging.level.root", "WARN", "chengguan.evidence.root",
				Files.createTempDirectory("bench-evidence").toString(), "chengguan.local-db.pool-size",
				System.getProperty("bench.pool", "20"), "chengguan.local-db.statement-statistics", "true"));
		try {
			var port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "8080"));
			var jdbc = app.getBean(JdbcTemplate.class);
			var loaded = (System.nanoTime() - started) / 1_000_000_000.0;
			var grids = jdbc.queryForObject("select count(*) from grid_unit_grid", Long.class);
			var points = jdbc.query("select centroid_lon, centroid_lat from grid_unit_grid order by code",
					(rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) });
			addCameras(jdbc, points);
			var random = new Random(7);
			var calls = IntakeCalls.interleave(IntakeCalls.hotline("BENCH", orders, points, random),
					IntakeCalls.video("BENCH", alarms, random), random);
			var warmUp = IntakeCalls.warmUp(points, random);
			run(port, warmUp, CLIENTS);
			drain(jdbc);
			var sampler = Boolean.getBoolean("bench.sample") ? new ActivitySampler(jdbc) : null;
			var feed = app.getBean(MeterRegistry.class).get("chengguan.supervision.feed").timer();
			var fedBefore = feed.count();
			var feedBefore = feed.totalTime(TimeUnit.NANOSECONDS);
			var statements = new StatementCounter(jdbc);
			var cpu = ProcessCpu.start(jdbc);
			var recording = startRecording();
			var profiler = startProfile();
			var result = run(port, calls, CLIENTS);
			var spent = cpu.since(calls.size(), result.seconds(), result.loadCpu());
			stopProfile(profiler);
			stopRecording(recording);
			var backlog = incomplete(jdbc);
			var drained = drain(jdbc);
			var counted = statements.stop();
			var fed = new Feed(feed.count() - fedBefore, feed.totalTime(TimeUnit.NANOSECONDS) - feedBefore,
					feed.max(TimeUnit.NANOSECONDS));
			if (sampler != null) {
				sampler.stopAndPrint();
			}
			var cases = jdbc.queryForObject("select count(*) from caseflow_case", Long.class);
			var timelines = jdbc.queryForObject("select count(*) from caseflow_transition", Long.class);
			var baseline = baseline(app.getBean(HikariDataSource.class).getJdbcUrl(), CLIENTS, 100_000);
			var durability = jdbc.queryForObject("select 'fsync ' || current_setting('fsync') || ', synchronous_commit '"
					+ " || current_setting('synchronous_commit') || ', full_page_writes ' || current_setting('full_page_writes')",
					String.class);
			print(grids, loaded, durability, result, cases, timelines, baseline);
			System.out.printf(Locale.ROOT, "After the commits (incomplete event publications, audit records to chain): "
					+ "%,d waiting when the last answer came, all done %.1f s later (counted in the statements)%n",
					backlog, drained);
			counted.print(calls.size());
			System.out.println(spent);
			System.out.printf(Locale.ROOT, "Supervision read model fed in %,d transactions: %.2f ms each on average, "
					+ "%.2f ms per request sent (slowest in the last minutes %.1f ms)%n", fed.transactions(),
					fed.nanos() / 1e6 / Math.max(1, fed.transactions()), fed.nanos() / 1e6 / calls.size(),
					fed.max() / 1e6);
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

	/**
	 * Waits until the work after the commits is done — listeners tracked by the event publication registry, audit
	 * records waiting to be chained — at most five minutes; the seconds it took.
	 */
	static double drain(JdbcTemplate jdbc) throws InterruptedException {
		var begin = System.nanoTime();
		while (incomplete(jdbc) > 0 && System.nanoTime() - begin < 300e9) {
			Thread.sleep(100);
		}
		return (System.nanoTime() - begin) / 1e9;
	}

	static long incomplete(JdbcTemplate jdbc) {
		return Objects.requireNonNull(jdbc.queryForObject("select (select count(*) from event_publication where "
				+ "completion_date is null) + (select count(*) from audit_inbox)", Long.class));
	}

	/**
	 * {@code -Dbench.profile=file.html} (or {@code .collapsed}): async-profiler's CPU profile of the measured phase —
	 * the server's threads only, the load generator being another process.
	 */
	static @Nullable AsyncProfiler startProfile() throws Exception {
		if (System.getProperty("bench.profile") == null) {
			return null;
		}
		var profiler = AsyncProfiler.getInstance();
		try {
			profiler.execute("start,event=cpu,interval=1ms");
		}
		catch (IllegalStateException noPerfEvents) {
			profiler.execute("start,event=itimer,interval=1ms");
		}
		return profiler;
	}

	static void stopProfile(@Nullable AsyncProfiler profiler) throws Exception {
		if (profiler != null) {
			var file = System.getProperty("bench.profile");
			profiler.execute("stop,file=" + file + (file.endsWith(".html") ? ",flamegraph" : ",collapsed"));
			System.out.println("CPU profile of the measured phase: " + file);
		}
	}

	/** {@code -Dbench.jfr=file.jfr}: a flight recording (the {@code profile} settings) of the measured phase. */
	static @Nullable Recording startRecording() throws Exception {
		var file = System.getProperty("bench.jfr");
		if (file == null) {
			return null;
		}
		var recording = new Recording(Configuration.getConfiguration("profile"));
		recording.setDestination(Path.of(file));
		recording.start();
		return recording;
	}

	static void stopRecording(@Nullable Recording recording) {
		if (recording != null) {
			recording.stop();
			recording.close();
		}
	}

	static void addCameras(JdbcTemplate jdbc, List<double[]> points) {
		var platform = jdbc.queryForObject("select id from video_platform order by id limit 1", Long.class);
		var random = new Random(3);
		var rows = new ArrayList<Object[]>();
		for (var i = 0; i < IntakeCalls.CAMERAS; i++) {
			var p = points.get(random.nextInt(points.size()));
			rows.add(new Object[] { platform, "BENCH-CAM-" + i, "压测摄像机 " + i, p[0], p[1] });
		}
		jdbc.batchUpdate("insert into video_camera (platform_id, code, name, lon, lat) values (?, ?, ?, ?, ?)", rows);
	}


	/**
	 * What a run measured: latencies (ns) per API, wall time, the answers that were not 201, and requests/s per slice.
	 */
	record Result(long[] hotline, long[] video, double seconds, Map<Integer, Integer> failures, List<Double> slices,
			Duration loadCpu) {
	}

	static Result run(int port, List<IntakeCalls.Call> calls, int clients) throws Exception {
		var answers = IntakeLoad.send(port, clients,
				calls.stream().map(c -> (c.hotline() ? "H\t" : "V\t") + c.body().replace('\n', ' ')).toList());
		var failures = new HashMap<Integer, Integer>();
		var hotline = new ArrayList<Long>();
		var video = new ArrayList<Long>();
		for (var i = 0; i < calls.size(); i++) {
			if (answers.statuses()[i] != 201) {
				failures.merge(answers.statuses()[i], 1, Integer::sum);
			}
			(calls.get(i).hotline() ? hotline : video).add(answers.latencies()[i]);
		}
		return new Result(hotline.stream().mapToLong(Long::longValue).sorted().toArray(),
				video.stream().mapToLong(Long::longValue).sorted().toArray(), answers.seconds(), failures,
				slices(answers.finished()), answers.cpu());
	}

	/**
	 * Requests/s of each consecutive slice of the answers in the order they came — 20,000 requests each in the full
	 * run, a quarter of the run in a shorter one — to show whether intake slows down as the tables grow.
	 */
	static int sliceSize(int requests) {
		return requests >= 100_000 ? 20_000 : Math.max(1, requests / 4);
	}

	static List<Double> slices(long[] finished) {
		var sorted = finished.clone();
		Arrays.sort(sorted);
		var size = sliceSize(sorted.length);
		var rates = new ArrayList<Double>();
		for (var from = 0; from + size <= sorted.length; from += size) {
			var begin = from == 0 ? 0 : sorted[from - 1];
			rates.add(size / ((sorted[from + size - 1] - begin) / 1e9));
		}
		return rates;
	}

	/** Plain JDBC single-row inserts (auto-commit), the same number of clients, into the same server. */
	static double baseline(String url, int clients, int rows) throws Exception {
		try (var connection = DriverManager.getConnection(url, "postgres", null)) {
			connection.createStatement()
				.execute("create table if not exists bench_baseline (id bigint primary key, payload varchar(4000))");
		}
		var next = new AtomicInteger();
		var done = new CountDownLatch(clients);
		var begin = System.nanoTime();
		for (var c = 0; c < clients; c++) {
			new Thread(() -> {
				try (var connection = DriverManager.getConnection(url, "postgres", null);
						var insert = connection.prepareStatement("insert into bench_baseline values (?, ?)")) {
					for (int i; (i = next.getAndIncrement()) < rows;) {
						insert.setLong(1, i);
						insert.setString(2, "压测基线：门前暴露垃圾，已持续三天无人清理，请尽快处理。");
						insert.executeUpdate();
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		done.await();
		return rows / ((System.nanoTime() - begin) / 1e9);
	}

	static void print(long grids, double loaded, String durability, Result result, long cases, long timelines,
			double baseline) {
		var all = new long[result.hotline().length + result.video().length];
		System.arraycopy(result.hotline(), 0, all, 0, result.hotline().length);
		System.arraycopy(result.video(), 0, all, result.hotline().length, result.video().length);
		Arrays.sort(all);
		var rate = all.length / result.seconds();
		System.out.printf(Locale.ROOT, "%nLarge city: %,d unit grids, started and loaded in %.0f s; the database: %s%n",
				grids, loaded, durability);
		System.out.println();
		System.out.println("| requests | clients | resent | wall | requests/s | p50 | p95 | p99 | max | not 201 |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		row("hotline work orders", result.hotline(), result.seconds(), null);
		row("video alarms", result.video(), result.seconds(), null);
		row("all", all, result.seconds(), result.failures());
		System.out.println();
		System.out.printf(Locale.ROOT, "Requests/s per slice of %,d answers, in the order they came: %s%n",
				sliceSize(all.length), String.join(" · ",
						result.slices().stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList()));
		System.out.printf(Locale.ROOT, "Cases opened: %,d; timeline records: %,d%n", cases, timelines);
		System.out.printf(Locale.ROOT,
				"Baseline, plain JDBC single-row inserts (%d clients, auto-commit): %,.0f rows/s; intake at %,.0f requests/s"
						+ " is %.1f %% of it%n",
				CLIENTS, baseline, rate, 100 * rate / baseline);
	}

	static void row(String name, long[] sorted, double seconds, Map<Integer, Integer> failures) {
		System.out.printf(Locale.ROOT, "| %s: %,d | %d | %.0f %% | %.1f s | %,.0f | %s | %s | %s | %s | %s |%n", name,
				sorted.length, CLIENTS, IntakeCalls.RESENT * 100, seconds, sorted.length / seconds, ms(sorted, 0.50),
				ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0), failures == null ? "" : failures.isEmpty() ? "0"
						: failures.toString());
	}

	static String ms(long[] sorted, double quantile) {
		var index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
		return String.format(Locale.ROOT, "%.1f ms", sorted[Math.max(0, index)] / 1e6);
	}
}
