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

import org.chengguan.ChengguanApplication;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.Channel;
import org.chengguan.staff.DataScope;
import org.springframework.boot.builder.SpringApplicationBuilder;
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

	static final String[] KEYS = { "E06010", "E06012", "E06036", "E06042", "E09001", "E09005", "E09006", "E09009",
			"E09010", "E07002", "E08001", "C01001", "C01004", "C02001" };

	static final int BATCH = 500_000;

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
		var app = new SpringApplicationBuilder(ChengguanApplication.class)
			.properties(Map.ofEntries(Map.entry("server.port", "0"), Map.entry("chengguan.demo.enabled", "true"),
					Map.entry("chengguan.demo.large-city", "true"), Map.entry("chengguan.demo.history-days", "0"),
					Map.entry("chengguan.local-db.durable", "false"),
					Map.entry("chengguan.hotline.outbox-interval", "PT10H"),
					Map.entry("chengguan.caseflow.timer-interval", "PT10H"),
					Map.entry("chengguan.supervision.rollup-interval", "PT10H"),
					Map.entry("chengguan.supervision.check-cron", "-"), Map.entry("logging.level.root", "WARN"),
					Map.entry("chengguan.evidence.root", Files.createTempDirectory("bench-evidence").toString())))
			.run();
		try {
			var jdbc = app.getBean(JdbcTemplate.class);
			var calendar = app.getBean(WorkingCalendar.class);
			var transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
			var store = app.getBean(FactStore.class);
			var reader = app.getBean(FactReader.class);
			var maintenance = app.getBean(FactMaintenance.class);
			var supervision = app.getBean(SupervisionManagement.class);
			var settings = app.getBean(SupervisionProperties.class).settings();
			var today = calendar.today();
			var first = today.minusYears(5);
			var openFrom = today.withDayOfMonth(1).minusMonths(1);
			var steps = new Steps();

			var started = System.nanoTime();
			generateCases(jdbc, total, first, today);
			steps.took("cases and reports (SQL, their indexes built after)", seconds(started));
			started = System.nanoTime();
			generateFacts(jdbc);
			steps.took("their facts (SQL)", seconds(started));
			started = System.nanoTime();
			var timelines = timelines(jdbc, openFrom);
			steps.took("timelines and stage clocks of the open months (SQL, " + String.format(Locale.ROOT, "%,d", timelines)
					+ " cases)", seconds(started));
			started = System.nanoTime();
			var recomputed = recompute(transaction, reader, store, calendar, openFrom, today.plusDays(1));
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
				System.out.println(export(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), jdbc));
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

	/**
	 * Reports and cases in batches, evenly over [first, today) so that ids grow with time; six sources, fourteen
	 * categories, every unit grid; cases of the last fortnight spread over the open statuses, older ones mostly closed.
	 * Every index of the two tables is there at the end.
	 */
	static void generateCases(JdbcTemplate jdbc, int total, LocalDate first, LocalDate today) {
		// as a bulk load does it: the secondary indexes are dropped first and built once at the end
		var indexes = jdbc.queryForList("""
				select indexname, indexdef from pg_indexes
				where tablename in ('caseflow_case', 'intake_report')
				  and indexname not in (select conname from pg_constraint)""");
		indexes.forEach(index -> jdbc.execute("drop index " + index.get("indexname")));
		var grids = jdbc.queryForObject("select count(*) from grid_unit_grid", Integer.class);
		var units = jdbc.queryForList("select id::text from staff_org_unit order by id", String.class);
		var seconds = (today.toEpochDay() - first.toEpochDay()) * 86_400.0 / total;
		for (var from = 0; from < total; from += BATCH) {
			var to = Math.min(total, from + BATCH);
			jdbc.update("""
					with g as (select row_number() over (order by code) - 1 as n, code, centroid_lon, centroid_lat
					           from grid_unit_grid),
					     r as (insert into intake_report (source, reported_at, received_at, urgent, description,
					                 location_method, lon, lat, unit_grid_code, community_code, street_code,
					                 district_code)
					           select (array['HOTLINE_12345','HOTLINE_12319','PATROL','VIDEO_AI','OPEN311','PHONE_WALKIN'])
					                    [1 + (i %% 6)],
					                  t.at, t.at, i %% 20 = 0, '生成的案卷 ' || i, 'COORDINATES', g.centroid_lon,
					                  g.centroid_lat, g.code, substr(g.code, 1, 12), substr(g.code, 1, 9),
					                  substr(g.code, 1, 6)
					           from generate_series(?, ?) i
					           cross join lateral (select (?::date)::timestamp at time zone 'Asia/Shanghai'
					                                      + make_interval(secs => i * ?) as at) t
					           join g on g.n = (i::bigint * 7919) %% ?
					           order by i
					           returning id, source, received_at, lon, lat, unit_grid_code, community_code,
					                     street_code, district_code),
					     s as (select r.*, case
					               when r.received_at > (?::date)::timestamp at time zone 'Asia/Shanghai' - interval '14 days'
					                 then (array['REPORTED','ACCEPTED','REGISTERED','DISPATCHED','DISPOSING','CHECKING',
					                             'CLOSED','CLOSED'])[1 + (r.id %% 8)]
					               when r.id %% 100 < 2 then 'CANCELLED'
					               when r.id %% 100 = 2 then 'HELD'
					               when r.id %% 100 = 3 then 'DISPOSING'
					               else 'CLOSED' end as status
					           from r)
					insert into caseflow_case (number, report_id, source, status, category_key, urgent, summary,
					       address, lon, lat, unit_grid_code, community_code, street_code, district_code, unit_id,
					       received_at, overdue_level, dispose_due_at, closed_at)
					select 'BJ' || lpad(s.id::text, 14, '0'), s.id, s.source, s.status,
					       (array['%s'])[1 + (s.id %% %d)], s.id %% 20 = 0,
					       (array['门前暴露垃圾','道路不洁','占道经营','乱堆杂物','机动车乱停放','井盖破损','噪音扰民'])
					           [1 + (s.id %% 7)] || ' ' || s.id,
					       '生成地址 ' || (s.id %% 997) || ' 号', s.lon, s.lat, s.unit_grid_code, s.community_code,
					       s.street_code, s.district_code,
					       case when s.status in ('REPORTED', 'ACCEPTED', 'REGISTERED', 'CANCELLED') then null
					            else (array[%s])[1 + (s.id * 31 %% %d)] end,
					       s.received_at,
					       (array['NORMAL','NORMAL','NORMAL','WARNING','OVERDUE','SEVERE'])[1 + (s.id %% 6)],
					       s.received_at + interval '2 days',
					       case when s.status = 'CLOSED' then s.received_at + interval '1 day' end
					from s""".formatted(String.join("','", KEYS), KEYS.length, String.join(",", units), units.size()),
					from, to - 1, first, seconds, grids, today);
		}
		jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set maintenance_work_mem = '2GB'");
				for (var index : indexes) {
					statement.execute((String) index.get("indexdef"));
				}
			}
			return null;
		});
		jdbc.execute("analyze intake_report");
		jdbc.execute("analyze caseflow_case");
	}

	/**
	 * A fact per case, as the feed would have kept it, from the case's status and pseudo-random draws of its id
	 * (about nine in ten closed on time, one in a hundred closed cases appealed, hotline cases with orders and visits).
	 */
	static void generateFacts(JdbcTemplate jdbc) {
		var last = jdbc.queryForObject("select coalesce(max(id), 0) from caseflow_case", Long.class);
		for (var from = 0L; from <= last; from += BATCH) {
			jdbc.update("""
					insert into supervision_case_fact (case_id, received_day, district_code, street_code,
					    community_code, unit_grid_code, unit_id, category_key, source, appealed, cases, reported,
					    accepted_on_time, registered, registered_on_time, cancelled, on_hold, closed, closed_on_time,
					    dispatched, dispatched_on_time, dispatched_cancelled, misrouted, self_disposed, disposed,
					    disposed_on_time, overdue_open, reworked, extended, checked, checked_on_time,
					    passed_first_check, patrol_found, accept_minutes, accept_count, dispose_minutes,
					    dispose_count, orders, orders_signed_on_time, orders_due, orders_replied, visits, resolved,
					    satisfied, basically_satisfied, dirty)
					select c.id, (c.received_at at time zone 'Asia/Shanghai')::date, c.district_code, c.street_code,
					       c.community_code, c.unit_grid_code, c.unit_id, c.category_key, c.source,
					       f.closed = 1 and f.a = 0, 1, 1,
					       (f.a < 95)::int, f.registered, f.registered * (f.b < 93)::int,
					       (c.status = 'CANCELLED')::int, (c.status = 'HELD')::int, f.closed, f.closed * (f.b < 88)::int,
					       f.dispatched, f.dispatched * (f.d < 96)::int, 0, f.dispatched * (f.b >= 97)::int, 0,
					       f.disposed, f.disposed * (f.b < 90)::int, (c.status = 'DISPOSING' and f.a < 30)::int,
					       f.disposed * (f.d < 5)::int, f.dispatched * (f.a >= 97)::int, f.closed,
					       f.closed * (f.d < 94)::int, f.closed * (f.d >= 5)::int, (c.source = 'PATROL')::int,
					       5 + f.a % 30, 1, f.disposed * (60 + f.b * 30), f.disposed,
					       f.hotline, f.hotline * (f.a < 97)::int, f.hotline * f.closed, f.hotline * f.closed,
					       f.hotline * f.closed * (f.b < 80)::int, f.hotline * f.closed * (f.b < 80 and f.d < 85)::int,
					       f.hotline * f.closed * (f.b < 80 and f.d < 80)::int,
					       f.hotline * f.closed * (f.b < 80 and f.d between 80 and 91)::int, false
					from caseflow_case c
					cross join lateral (
					    select c.id * 7919 % 100 a, c.id * 104729 % 100 b, c.id * 1299709 % 100 d,
					           (c.status not in ('REPORTED', 'ACCEPTED', 'CANCELLED'))::int registered,
					           (c.status in ('DISPATCHED', 'DISPOSING', 'CHECKING', 'CLOSED', 'HELD'))::int dispatched,
					           (c.status in ('CHECKING', 'CLOSED'))::int disposed,
					           (c.status = 'CLOSED')::int closed,
					           (c.source in ('HOTLINE_12345', 'HOTLINE_12319'))::int hotline) f
					where c.id > ? and c.id <= ?""", from, from + BATCH);
		}
		jdbc.execute("analyze supervision_case_fact");
	}

	/**
	 * The timeline and stage clocks of every case received since {@code from}, as far as its status: reported,
	 * accepted, registered, dispatched, signed for, reported back, sent to check, checked, closed, a step every 5 to
	 * 64 minutes (so some stages run late). How many cases.
	 */
	static int timelines(JdbcTemplate jdbc, LocalDate from) {
		var since = "(?::date)::timestamp at time zone 'Asia/Shanghai'";
		var progress = """
				case c.status when 'REPORTED' then 1 when 'ACCEPTED' then 2 when 'REGISTERED' then 3
				    when 'DISPATCHED' then 4 when 'DISPOSING' then 5 when 'HELD' then 5 when 'CHECKING' then 7
				    when 'CLOSED' then 9 else 1 end""";
		var step = "make_interval(mins => (5 + c.id % 60)::int)";
		jdbc.update("""
				insert into caseflow_transition (case_id, seq, action, from_status, to_status, actor_name, at)
				select c.id, s.seq, s.action, s.from_status, s.to_status, '生成', c.received_at + (s.seq - 1) * %s
				from caseflow_case c
				join (values (1, 'REPORT', null, 'REPORTED'), (2, 'ACCEPT', 'REPORTED', 'ACCEPTED'),
				             (3, 'REGISTER', 'ACCEPTED', 'REGISTERED'), (4, 'DISPATCH', 'REGISTERED', 'DISPATCHED'),
				             (5, 'SIGN_FOR', 'DISPATCHED', 'DISPOSING'), (6, 'REPORT_BACK', 'DISPOSING', 'DISPOSED'),
				             (7, 'SEND_CHECK', 'DISPOSED', 'CHECKING'), (8, 'CHECK_PASS', 'CHECKING', 'CHECKED'),
				             (9, 'CLOSE', 'CHECKED', 'CLOSED')) s (seq, action, from_status, to_status)
				  on s.seq <= %s
				where c.received_at >= %s""".formatted(step, progress, since), from);
		jdbc.update("""
				insert into caseflow_timer (case_id, stage, limit_amount, limit_unit, started_at, due_at, provisional,
				                            stopped_at, level)
				select c.id, s.stage, s.minutes, 'URGENT_MINUTE', c.received_at + (s.starts - 1) * %1$s,
				       c.received_at + (s.starts - 1) * %1$s + make_interval(mins => s.minutes), false,
				       case when %2$s >= s.stops then c.received_at + (s.stops - 1) * %1$s end, 'NORMAL'
				from caseflow_case c
				join (values ('INTAKE', 1, 2, 10), ('REGISTER', 2, 3, 120), ('DISPATCH', 3, 4, 60),
				             ('DISPOSE', 4, 6, 2880), ('CHECK', 7, 8, 240)) s (stage, starts, stops, minutes)
				  on s.starts <= %2$s
				where c.received_at >= %3$s""".formatted(step, progress, since), from);
		jdbc.execute("analyze caseflow_transition");
		jdbc.execute("analyze caseflow_timer");
		return jdbc.queryForObject("select count(*) from caseflow_case where received_at >= " + since, Integer.class,
				from);
	}

	/** The facts of the cases received in [from, to) as the application reads them, stored; how many. */
	static int recompute(TransactionTemplate transaction, FactReader reader, FactStore store, WorkingCalendar calendar,
			LocalDate from, LocalDate to) {
		var fromInstant = from.atStartOfDay(calendar.zone()).toInstant();
		var toInstant = to.atStartOfDay(calendar.zone()).toInstant();
		var after = reader.idBefore(fromInstant, toInstant);
		var cases = 0;
		List<CaseCount> page;
		do {
			var last = after;
			page = transaction.execute(tx -> {
				var counts = reader.page(fromInstant, toInstant, last, 2_000);
				store.store(counts);
				return counts;
			});
			cases += page.size();
			after = page.isEmpty() ? after : page.get(page.size() - 1).caseId();
		}
		while (page.size() == 2_000);
		return cases;
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
		var categories = new ArrayList<>(Arrays.asList(KEYS));
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

	/**
	 * Issue 11 §7: the drill-down list of at least 100,000 cases (the latest days that have as many) exported to
	 * .xlsx over HTTP by a signed-in supervisor, timed; then once more while the heap in use is read after a full
	 * collection every 200 ms, to show what the export keeps in memory. A sentence with the figures.
	 */
	static String export(int port, JdbcTemplate jdbc) throws Exception {
		var days = jdbc.queryForList("""
				select received_day, count(*) from supervision_case_fact group by received_day
				order by received_day desc""");
		var cases = 0L;
		LocalDate from = null;
		var to = ((java.sql.Date) days.get(0).get("received_day")).toLocalDate();
		for (var day : days) {
			cases += ((Number) day.get("count")).longValue();
			from = ((java.sql.Date) day.get("received_day")).toLocalDate();
			if (cases >= 100_000) {
				break;
			}
		}
		var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		var base = "http://localhost:" + port;
		var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=supervisor&password="
					+ java.net.URLEncoder.encode("Chengguan#2026", java.nio.charset.StandardCharsets.UTF_8) + "&_csrf="
					+ csrf.group(1)))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		var url = java.net.URI.create(base + "/supervision/cases.xlsx?period=RANGE&from=" + from + "&to=" + to
				+ "&level=CITY&count=cases");
		var started = System.nanoTime();
		var bytes = download(http, url);
		var seconds = (System.nanoTime() - started) / 1e9;
		var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
		System.gc();
		var before = memory.getHeapMemoryUsage().getUsed();
		var most = new java.util.concurrent.atomic.AtomicLong(before);
		var sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				System.gc();
				most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		});
		sampler.start();
		download(http, url);
		sampler.interrupt();
		sampler.join();
		return String.format(Locale.ROOT, "Export: %,d cases (%s to %s) as .xlsx over HTTP, %,d bytes in %.1f s "
				+ "(%,.0f rows/s); heap in use after a full collection: %.0f MiB before, at most %.0f MiB during "
				+ "(-Xmx %.0f MiB)", Math.min(cases, 200_000), from, to, bytes, seconds, Math.min(cases, 200_000) / seconds,
				before / 1048576.0, most.get() / 1048576.0, memory.getHeapMemoryUsage().getMax() / 1048576.0);
	}

	private static long download(java.net.http.HttpClient http, java.net.URI url) throws Exception {
		var response = http.send(java.net.http.HttpRequest.newBuilder(url).build(),
				java.net.http.HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Export answered " + response.statusCode());
		}
		try (var body = response.body()) {
			return body.transferTo(java.io.OutputStream.nullOutputStream());
		}
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
