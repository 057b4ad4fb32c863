package org.chengguan.supervision;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.chengguan.BenchmarkApplication;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 §8: the dashboards over 15,000,000 cases of five years in the large demo city (50,400 unit grids).
 * Cases and their reports are generated in SQL into the real schema with all its indexes, ids growing with time, and
 * their facts into the read model; the open months (this one and the last) get timelines and stage clocks too, and
 * their facts are computed from them by the application's own reader, as the feed and the rebuild do. The rollups are
 * then summed by the application ({@code FactStore.rollAll}, what {@code --supervision-rebuild} ends with), and random
 * dashboard views are measured: a random period (day, week, month, quarter, year or range of up to three years), scope
 * (city, district, street, community, grid, unit, category, source), ranking grouping and raw or adjusted figures,
 * each view being the four requests the page makes (the board with its three tallies and ranking, the 12-month trend,
 * the stages, the heat map). Last, the nightly check of the open months.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java@supervision-benchmark} ({@code -Dbench.cases=…},
 * {@code -Dbench.views=…}). Prints Markdown tables.
 */
public final class SupervisionBenchmark {

	private SupervisionBenchmark() {
	}

	/** One measured view: its filter and what each of its requests took. */
	record View(DashboardFilter filter, long board, long trend, long stages, long map) {

		long total() {
			return board + trend + stages + map;
		}
	}

	/** The steps of a run and what each took, printed as they end (a long run shows where it is). */
	static final class Steps {

		final Map<String, String> all = new LinkedHashMap<>();

		void took(String step, String took) {
			System.out.println("  " + step + ": " + took);
			all.put(step, took);
		}
	}

	public static void main(String[] args) throws Exception {
		var total = Integer.getInteger("bench.cases", 15_000_000);
		var count = Integer.getInteger("bench.views", 600);
		var app = BenchmarkApplication.start(Map.ofEntries(Map.entry("server.port", "0"),
				Map.entry("chengguan.demo.enabled", "true"), Map.entry("chengguan.demo.large-city", "true"),
				Map.entry("chengguan.demo.history-days", "0"), Map.entry("chengguan.local-db.durable", "false"),
				Map.entry("chengguan.hotline.outbox-interval", "PT10H"),
				Map.entry("chengguan.caseflow.timer-interval", "PT10H"),
				Map.entry("chengguan.supervision.rollup-interval", "PT10H"),
				Map.entry("chengguan.supervision.check-cron", "-"), Map.entry("logging.level.root", "WARN"),
				Map.entry("chengguan.evidence.root", Files.createTempDirectory("bench-evidence").toString())));
		try {
			var jdbc = app.getBean(JdbcTemplate.class);
			var calendar = app.getBean(WorkingCalendar.class);
			var transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
			var store = app.getBean(FactStore.class);
			var maintenance = app.getBean(FactMaintenance.class);
			var supervision = app.getBean(SupervisionManagement.class);
			var settings = app.getBean(SupervisionProperties.class).settings();
			var today = calendar.today();
			var first = today.minusYears(5);
			var openFrom = today.withDayOfMonth(1).minusMonths(1);
			var steps = new Steps();

			var started = System.nanoTime();
			BenchmarkCases.generateCases(jdbc, total, first, today);
			steps.took("cases and reports (SQL, their indexes built after)", seconds(started));
			started = System.nanoTime();
			BenchmarkCases.generateFacts(jdbc);
			steps.took("their facts (SQL)", seconds(started));
			started = System.nanoTime();
			var timelines = BenchmarkCases.timelines(jdbc, openFrom);
			steps.took("timelines and stage clocks of the open months (SQL, " + String.format(Locale.ROOT, "%,d", timelines)
					+ " cases)", seconds(started));
			started = System.nanoTime();
			var recomputed = maintenance.recompute(openFrom.atStartOfDay(calendar.zone()).toInstant(),
					today.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
			steps.took("their facts read from them by the application (" + String.format(Locale.ROOT, "%,d", recomputed)
					+ " cases, " + String.format(Locale.ROOT, "%,.0f",
							recomputed / ((System.nanoTime() - started) / 1e9)) + " cases/s)", seconds(started));
			started = System.nanoTime();
			transaction.executeWithoutResult(tx -> store.rollAll());
			jdbc.execute("analyze");
			steps.took("rollups summed from every fact (FactStore.rollAll)", seconds(started));
			var rows = jdbc.queryForMap("""
					select (select count(*) from supervision_case_fact) facts,
					       (select count(*) from supervision_rollup) days,
					       (select count(*) from supervision_rollup_month) months,
					       pg_size_pretty(pg_total_relation_size('supervision_case_fact')) fact_size,
					       pg_size_pretty(pg_total_relation_size('supervision_rollup')) day_size,
					       pg_size_pretty(pg_total_relation_size('supervision_rollup_month')) month_size,
					       pg_size_pretty(pg_database_size(current_database())) database_size""");

			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated("benchmark", null, AuthorityUtils.createAuthorityList("supervision:view", "grid:view")));
			var keys = keys(jdbc);
			var random = new Random(11);
			for (var i = 0; i < 50; i++) {
				view(supervision, settings, filter(random, keys, first, today));
			}
			var views = new ArrayList<View>();
			for (var i = 0; i < count; i++) {
				views.add(view(supervision, settings, filter(random, keys, first, today)));
			}

			started = System.nanoTime();
			var check = maintenance.check(openFrom, today.plusDays(1));
			steps.took("nightly check of the open months (" + String.format(Locale.ROOT, "%,d", check.cases())
					+ " cases; differences: " + check.factDifferences() + " facts, " + check.rollupDifferences()
					+ " rollups)", seconds(started));

			print(total, rows, steps.all, views);
			System.out.println();
			try {
				System.out.println(ExportMeasure.export(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), jdbc));
			}
			catch (Exception failed) {
				System.out.println("Export failed: " + failed);
			}
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

	/** The keys a view may be of, per level. */
	static Map<Scope.Level, List<String>> keys(JdbcTemplate jdbc) {
		var keys = new LinkedHashMap<Scope.Level, List<String>>();
		keys.put(Scope.Level.CITY, List.of(""));
		keys.put(Scope.Level.DISTRICT, codes(jdbc, "DISTRICT"));
		keys.put(Scope.Level.STREET, codes(jdbc, "STREET"));
		keys.put(Scope.Level.COMMUNITY, codes(jdbc, "COMMUNITY"));
		keys.put(Scope.Level.GRID, jdbc.queryForList("select code from grid_unit_grid order by code", String.class));
		keys.put(Scope.Level.UNIT, jdbc.queryForList("select id::text from staff_org_unit order by id", String.class));
		var categories = new ArrayList<>(Arrays.asList(BenchmarkCases.KEYS));
		categories.addAll(List.of("E06", "E09", "C01"));
		keys.put(Scope.Level.CATEGORY, categories);
		keys.put(Scope.Level.SOURCE, Arrays.stream(Channel.values()).map(Channel::name).toList());
		return keys;
	}

	private static List<String> codes(JdbcTemplate jdbc, String level) {
		return jdbc.queryForList("select code from grid_region where level = ? order by code", String.class, level);
	}

	/** A random view as a citywide supervisor would ask for it, through the dashboard's own query-string reading. */
	static DashboardFilter filter(Random random, Map<Scope.Level, List<String>> keys, LocalDate first, LocalDate today) {
		var kinds = Period.Kind.values();
		var kind = kinds[random.nextInt(kinds.length)];
		var day = first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay())));
		String from = null;
		String to = null;
		if (kind == Period.Kind.RANGE) {
			var end = day.plusDays(random.nextInt(Period.MAX_DAYS));
			from = day.toString();
			to = (end.isAfter(today) ? today : end).toString();
		}
		var levels = Scope.Level.values();
		var level = levels[random.nextInt(levels.length)];
		var candidates = keys.get(level);
		var key = candidates.get(random.nextInt(candidates.size()));
		var groupings = FactStore.Grouping.values();
		var grouping = groupings[random.nextInt(groupings.length)];
		// unit grids are ranked within a street or a community only
		var rank = random.nextBoolean() && (grouping != FactStore.Grouping.GRID || level.withinStreet())
				? grouping.name() : null;
		var form = new DashboardFilter.Form(kind.name(), day.toString(), from, to, null, level.name(), key,
				random.nextInt(4) == 0, null, rank);
		var filter = DashboardFilter.of(form, today, DataScope.everything());
		if (!filter.problems().isEmpty()) {
			throw new IllegalStateException("A generated view is refused: " + filter.problems() + " " + form);
		}
		return filter;
	}

	/** The four requests of one dashboard page, each timed. */
	static View view(SupervisionManagement supervision, Indicator.Settings settings, DashboardFilter filter) {
		return new View(filter, time(() -> supervision.dashboard(filter, settings, Locale.SIMPLIFIED_CHINESE)),
				time(() -> supervision.trend(filter)), time(() -> supervision.tally(filter)),
				time(() -> supervision.grids(filter)));
	}

	private static long time(Supplier<?> request) {
		var started = System.nanoTime();
		request.get();
		return System.nanoTime() - started;
	}

	static void print(int total, Map<String, Object> rows, Map<String, String> steps, List<View> views) {
		System.out.printf(Locale.ROOT, "%nCases: %,d over five years; facts %,d, daily rollup rows %,d, monthly %,d "
				+ "(sizes: facts %s, daily %s, monthly %s; database %s)%n%n", total, rows.get("facts"),
				rows.get("days"), rows.get("months"), rows.get("fact_size"), rows.get("day_size"),
				rows.get("month_size"), rows.get("database_size"));
		System.out.println("| step | took |");
		System.out.println("|---|---|");
		steps.forEach((step, took) -> System.out.printf("| %s | %s |%n", step, took));
		System.out.println();
		var groups = new LinkedHashMap<String, List<Long>>();
		for (var view : views) {
			groups.computeIfAbsent("whole view (the four requests)", k -> new ArrayList<>()).add(view.total());
			groups.computeIfAbsent("board: indicators, 环比, 同比, ranking", k -> new ArrayList<>()).add(view.board());
			groups.computeIfAbsent("12-month trend", k -> new ArrayList<>()).add(view.trend());
			groups.computeIfAbsent("stages", k -> new ArrayList<>()).add(view.stages());
			groups.computeIfAbsent("heat map (cases per grid)", k -> new ArrayList<>()).add(view.map());
		}
		for (var view : views) {
			groups.computeIfAbsent("whole view, period " + view.filter().period().kind(), k -> new ArrayList<>())
				.add(view.total());
		}
		for (var view : views) {
			groups.computeIfAbsent("whole view, scope " + view.filter().scope().level(), k -> new ArrayList<>())
				.add(view.total());
		}
		for (var view : views) {
			groups.computeIfAbsent("whole view, ranking by " + view.filter().rankBy(), k -> new ArrayList<>())
				.add(view.total());
		}
		System.out.println("| requests | views | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|");
		groups.forEach((name, times) -> {
			var sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", name, sorted.length, ms(sorted, 0.5),
					ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1));
		});
		System.out.println();
		System.out.println("Slowest views:");
		views.stream()
			.sorted(Comparator.comparingLong(View::total).reversed())
			.limit(Integer.getInteger("bench.slowest", 8))
			.forEach(v -> System.out.printf(Locale.ROOT, "  %.1f ms (board %.1f, trend %.1f, stages %.1f, map %.1f) %s%n",
					v.total() / 1e6, v.board() / 1e6, v.trend() / 1e6, v.stages() / 1e6, v.map() / 1e6,
					v.filter().query() + "&rank=" + v.filter().rankBy()));
	}

	private static String seconds(long started) {
		return String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - started) / 1e9);
	}

	static String ms(long[] sorted, double quantile) {
		var index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
		return String.format(Locale.ROOT, "%.1f ms", sorted[Math.max(0, index)] / 1e6);
	}
}
