package org.chengguan.caseflow;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.chengguan.BenchmarkApplication;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 3 §7: the first page of case search over ≥ 5,000,000 generated cases with random filter combinations, citywide
 * and for one street squad. Cases are generated in SQL into the real schema (report + case per row, all indexes),
 * spread over three years across the demo city's grids. Run with
 * {@code ./mvnw -q test-compile exec:java@case-search-benchmark} ({@code -Dbench.cases=…}, {@code -Dbench.queries=…};
 * with {@code -Dchengguan.local-db.data-dir=…} the database is kept, and {@code -Dbench.reuse=true} searches the cases
 * an earlier run generated there instead of generating them again).
 */
public final class CaseSearchBenchmark {

	static final String[] KEYS = { "E06010", "E06012", "E06036", "E06042", "E09001", "E09005", "E09006", "E09009",
			"E09010", "E07002", "E08001", "C01001", "C01004", "C02001" };

	private CaseSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var total = Integer.getInteger("bench.cases", 5_000_000);
		var queries = Integer.getInteger("bench.queries", 400);
		var app = BenchmarkApplication.start(Map.of("server.port", "0", "chengguan.demo.enabled", "true",
				"chengguan.local-db.durable", "false", "chengguan.hotline.outbox-interval", "PT10H",
				"chengguan.caseflow.timer-interval", "PT10H", "logging.level.root", "WARN", "chengguan.evidence.root",
				Files.createTempDirectory("bench-evidence").toString()));
		try {
			var jdbc = app.getBean(JdbcTemplate.class);
			var search = app.getBean(CaseSearch.class);
			var calendar = app.getBean(WorkingCalendar.class);
			var generated = Boolean.getBoolean("bench.reuse") && jdbc.queryForObject(
					"select count(*) from caseflow_case where number like 'BJ%'", Long.class) >= total ? 0
							: generate(jdbc, total);
			var byTerms = app.getBean(io.micrometer.core.instrument.MeterRegistry.class)
				.counter("chengguan.cases.search.by-terms");
			var streets = jdbc.queryForList("select code from grid_region where level = 'STREET' order by code",
					String.class);
			var units = jdbc.queryForList("select id from staff_org_unit order by id", Long.class);
			var random = new Random(11);
			var now = calendar.now();
			var zone = calendar.zone();
			// Warm the caches as a running server's would be.
			for (var i = 0; i < 50; i++) {
				search.search(filter(random, streets, units), CaseSearch.Order.NEWEST, null, DataScope.everything(), zone, now);
			}
			var results = new LinkedHashMap<String, List<Long>>();
			for (var name : List.of("all", "citywide", "one street's squad", "without a keyword", "with a keyword",
					"by the walk", "by the search terms, after the walk's budget")) {
				results.put(name, new ArrayList<>());
			}
			var slowest = new ArrayList<Slow>();
			for (var i = 0; i < queries; i++) {
				var filter = filter(random, streets, units);
				var citywide = i % 2 == 0;
				var scope = citywide ? DataScope.everything()
						: new DataScope(false, Set.of(), Set.of(streets.get(random.nextInt(streets.size()))), Set.of());
				var fallbacks = byTerms.count();
				var started = System.nanoTime();
				search.search(filter, CaseSearch.Order.NEWEST, null, scope, zone, now);
				var took = System.nanoTime() - started;
				var fellBack = byTerms.count() > fallbacks;
				for (var name : List.of("all", citywide ? "citywide" : "one street's squad",
						filter.keyword() != null ? "with a keyword" : "without a keyword",
						fellBack ? "by the search terms, after the walk's budget" : "by the walk")) {
					results.get(name).add(took);
				}
				slowest.add(new Slow(took, filter, citywide, scope, fellBack));
			}
			System.out.printf(Locale.ROOT, "%nCases: %,d (generated in %.0f s)%n%n", total, generated);
			System.out.println("| first pages | queries | p50 | p95 | p99 | max |");
			System.out.println("|---|---|---|---|---|---|");
			results.values().removeIf(List::isEmpty);
			results.forEach((name, times) -> {
				var sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
				System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", name, sorted.length,
						ms(sorted, 0.5), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1));
			});
			System.out.println();
			System.out.println("Slowest first pages:");
			slowest.stream()
				.sorted(Comparator.comparingLong(Slow::nanos).reversed())
				.limit(Integer.getInteger("bench.slowest", 5))
				.forEach(slow -> {
					System.out.printf(Locale.ROOT, "  %.1f ms %s%s %s%n", slow.nanos() / 1e6,
							slow.citywide() ? "citywide" : "one street", slow.byTerms() ? ", by the terms" : "",
							slow.filter());
					if (Boolean.getBoolean("bench.explain")) {
						explain(jdbc, search.query(slow.filter(), CaseSearch.Order.NEWEST, null, slow.scope(), zone, now),
								search.indexed(slow.filter(), CaseSearch.Order.NEWEST, null, slow.scope(), zone, now));
					}
				});
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

	/** One measured first page, to name the slowest. */
	record Slow(long nanos, CaseSearch.Filter filter, boolean citywide, DataScope scope, boolean byTerms) {
	}

	/**
	 * With {@code -Dbench.explain=true}: the plans of a slow page — the walk as the planner chooses it, and the page by
	 * the search terms' index as the hedge runs it.
	 */
	static void explain(JdbcTemplate jdbc, CaseSearch.Query walk, CaseSearch.@Nullable Query indexed) {
		explain(jdbc, "    walk:", walk, List.of());
		if (indexed != null) {
			explain(jdbc, "    by the search terms:", indexed,
					List.of("enable_indexscan = off", "enable_seqscan = off", "work_mem = '64MB'"));
		}
	}

	static void explain(JdbcTemplate jdbc, String title, CaseSearch.Query query, List<String> settings) {
		var plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<List<String>>) connection -> {
			connection.setAutoCommit(false);
			try {
				for (var setting : settings) {
					try (var statement = connection.createStatement()) {
						statement.execute("set local " + setting);
					}
				}
				var lines = new ArrayList<String>();
				try (var statement = connection.prepareStatement("explain (analyze, buffers) " + query.sql())) {
					for (var i = 0; i < query.args().size(); i++) {
						var value = query.args().get(i);
						statement.setObject(i + 1,
								value instanceof String[] terms ? connection.createArrayOf("text", terms) : value);
					}
					try (var rows = statement.executeQuery()) {
						while (rows.next()) {
							lines.add(rows.getString(1));
						}
					}
				}
				return lines;
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		});
		System.out.println(title);
		plan.forEach(line -> System.out.println("      " + line));
	}

	/** Reports and cases in batches of 500,000, in SQL; the seconds it took. */
	static double generate(JdbcTemplate jdbc, int total) {
		var started = System.nanoTime();
		var grids = jdbc.queryForObject("select count(*) from grid_unit_grid", Integer.class);
		for (var from = 0; from < total; from += 500_000) {
			var to = Math.min(total, from + 500_000);
			jdbc.update("""
					with g as (select row_number() over (order by code) - 1 as n, code, centroid_lon, centroid_lat
					           from grid_unit_grid),
					     r as (insert into intake_report (source, reported_at, received_at, urgent, description,
					                 location_method, lon, lat, unit_grid_code, community_code, street_code,
					                 district_code)
					           select (array['HOTLINE_12345','HOTLINE_12319','PATROL','VIDEO_AI','OPEN311','PHONE_WALKIN'])
					                    [1 + (i %% 6)],
					                  timestamptz '2026-11-22' - make_interval(secs => (i * 18.9) %% 94608000),
					                  timestamptz '2026-11-22' - make_interval(secs => (i * 18.9) %% 94608000),
					                  i %% 20 = 0, '生成的案卷 ' || i, 'COORDINATES', g.centroid_lon, g.centroid_lat,
					                  g.code, substr(g.code, 1, 12), substr(g.code, 1, 9), substr(g.code, 1, 6)
					           from generate_series(?, ?) i join g on g.n = i %% ?
					           returning id, source, received_at, lon, lat, unit_grid_code, community_code,
					                     street_code, district_code)
					insert into caseflow_case (number, report_id, source, status, category_key, urgent, summary,
					       address, lon, lat, unit_grid_code, community_code, street_code, district_code,
					       received_at, overdue_level, dispose_due_at)
					select 'BJ' || lpad(r.id::text, 14, '0'), r.id, r.source,
					       case when r.id %% 10 < 8 then 'CLOSED'
					            else (array['REPORTED','ACCEPTED','REGISTERED','DISPATCHED','DISPOSING','CHECKING'])
					                 [1 + (r.id %% 6)] end,
					       (array['%s'])[1 + (r.id %% %d)], r.id %% 20 = 0,
					       (array['门前暴露垃圾','道路不洁','占道经营','乱堆杂物','机动车乱停放','井盖破损','噪音扰民'])
					           [1 + (r.id %% 7)] || ' ' || r.id,
					       '生成地址 ' || (r.id %% 997) || ' 号', r.lon, r.lat, r.unit_grid_code, r.community_code,
					       r.street_code, r.district_code, r.received_at,
					       (array['NORMAL','NORMAL','NORMAL','WARNING','OVERDUE','SEVERE'])[1 + (r.id %% 6)],
					       r.received_at + interval '2 days'
					from r""".formatted(String.join("','", KEYS), KEYS.length), from, to - 1, grids);
		}
		jdbc.execute("analyze intake_report");
		jdbc.execute("analyze caseflow_case");
		return (System.nanoTime() - started) / 1e9;
	}

	/** A random combination of the search form's filters, each present with some probability. */
	static CaseSearch.Filter filter(Random random, List<String> streets, List<Long> units) {
		var statuses = random.nextInt(3) == 0 ? EnumSet.of(CaseStatus.values()[random.nextInt(10)])
				: EnumSet.noneOf(CaseStatus.class);
		var source = random.nextInt(3) == 0 ? Channel.values()[random.nextInt(6)] : null;
		var key = random.nextInt(3) == 0 ? KEYS[random.nextInt(KEYS.length)] : null;
		var region = random.nextInt(3) == 0 ? streets.get(random.nextInt(streets.size())) : null;
		var from = random.nextInt(3) == 0 ? LocalDate.of(2026, 11, 22).minusDays(random.nextInt(1000)) : null;
		var to = from != null && random.nextBoolean() ? from.plusDays(random.nextInt(60)) : null;
		var overdue = random.nextInt(5) == 0;
		var keyword = random.nextInt(5) == 0 ? Arrays.asList("垃圾", "占道", "井盖", "噪音").get(random.nextInt(4)) : null;
		var unit = random.nextInt(6) == 0 ? units.get(random.nextInt(units.size())) : null;
		var level = random.nextInt(6) == 0 ? OverdueLevel.values()[random.nextInt(4)] : null;
		return new CaseSearch.Filter(statuses, source, key, region, from, to, overdue, keyword, unit, level);
	}

	static String ms(long[] sorted, double quantile) {
		var index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
		return String.format(Locale.ROOT, "%.1f ms", sorted[Math.max(0, index)] / 1e6);
	}
}
