package org.chengguan.supervision;

import java.time.LocalDate;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data of {@link SupervisionBenchmark}, generated in SQL into the real schema: reports and cases over five years
 * with every index, their facts in the read model, and timelines and stage clocks for the open months.
 */
final class BenchmarkCases {

	static final String[] KEYS = { "E06010", "E06012", "E06036", "E06042", "E09001", "E09005", "E09006", "E09009",
			"E09010", "E07002", "E08001", "C01001", "C01004", "C02001" };

	static final int BATCH = 500_000;

	private BenchmarkCases() {
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
		jdbc.execute((ConnectionCallback<Void>) connection -> {
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
	 * Only the generated cases ({@code BJ…}): the demo's own keep the facts the feed stored for them.
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
					where c.id > ? and c.id <= ? and c.number like 'BJ%'""", from, from + BATCH);
		}
		jdbc.execute("analyze supervision_case_fact");
	}

	/**
	 * The timeline and stage clocks of every generated case received since {@code from}, as far as its status: reported,
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
				where c.received_at >= %s and c.number like 'BJ%%'""".formatted(step, progress, since), from);
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
				where c.received_at >= %3$s and c.number like 'BJ%%'""".formatted(step, progress, since), from);
		jdbc.execute("analyze caseflow_transition");
		jdbc.execute("analyze caseflow_timer");
		return jdbc.queryForObject("select count(*) from caseflow_case where received_at >= " + since
				+ " and number like 'BJ%'", Integer.class, from);
	}
}
