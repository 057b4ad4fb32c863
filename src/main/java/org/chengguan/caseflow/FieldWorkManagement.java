package org.chengguan.caseflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people did in the case loop over a period, read from the timeline: the reports they made and what became of
 * them, what they fixed on the spot, and the 核实/核查 tasks sent to them and done. Counts only — nothing of a
 * proceeding or a fine is read here (domain.md §9.4).
 */
@Component
@Transactional(readOnly = true)
public class FieldWorkManagement {

	/**
	 * One person's work.
	 *
	 * @param reports reports made in the period (自行处置 included)
	 * @param verified of the others, those the desk accepted and did not later decline
	 * @param refused of the others, those rejected at intake, found false on 核实, or declined
	 * @param selfDisposed reports fixed on the spot (自行处置)
	 * @param tasks 核实 and 核查 sent to the person in the period
	 * @param tasksDone of those, the ones whose result the person recorded
	 */
	public record FieldWork(long reports, long verified, long refused, long selfDisposed, long tasks, long tasksDone) {

		public static final FieldWork NONE = new FieldWork(0, 0, 0, 0, 0, 0);
	}

	private final JdbcTemplate jdbc;

	FieldWorkManagement(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Each person's work from {@code from} (inclusive) to {@code to} (exclusive); someone without any is absent. */
	public Map<Long, FieldWork> of(Collection<Long> staffIds, Instant from, Instant to) {
		var ids = staffIds.toArray(Long[]::new);
		var reports = new HashMap<Long, long[]>();
		jdbc.query("""
				select r.actor_id, count(*),
				       count(*) filter (where not o.self and not o.refused and o.accepted),
				       count(*) filter (where not o.self and o.refused),
				       count(*) filter (where o.self)
				from caseflow_transition r
				cross join lateral (
				    select bool_or(action = 'SELF_DISPOSE') self,
				           bool_or(action in ('REJECT_INTAKE', 'VERIFY_FAIL', 'DECLINE')) refused,
				           bool_or(to_status = 'ACCEPTED' or action = 'REGISTER') accepted
				    from caseflow_transition where case_id = r.case_id) o
				where r.action = 'REPORT' and r.actor_id = any(?) and r.at >= ? and r.at < ?
				group by r.actor_id""", rs -> {
			reports.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) });
		}, ids, Timestamp.from(from), Timestamp.from(to));
		var tasks = new HashMap<Long, long[]>();
		jdbc.query("""
				select t.assignee_id, count(*),
				       count(*) filter (where exists (
				           select 1 from caseflow_transition d
				           where d.case_id = t.case_id and d.seq > t.seq and d.actor_id = t.assignee_id
				             and d.action in ('VERIFY_OK', 'VERIFY_FAIL', 'CHECK_PASS', 'CHECK_FAIL')))
				from caseflow_transition t
				where t.action in ('SEND_VERIFY', 'SEND_CHECK') and t.assignee_id = any(?) and t.at >= ? and t.at < ?
				group by t.assignee_id""", rs -> {
			tasks.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
		}, ids, Timestamp.from(from), Timestamp.from(to));
		var work = new HashMap<Long, FieldWork>();
		for (var id : staffIds) {
			var r = reports.getOrDefault(id, new long[4]);
			var t = tasks.getOrDefault(id, new long[2]);
			if (reports.containsKey(id) || tasks.containsKey(id)) {
				work.put(id, new FieldWork(r[0], r[1], r[2], r[3], t[0], t[1]));
			}
		}
		return work;
	}
}
