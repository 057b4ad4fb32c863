package org.chengguan.caseflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** 待审批: open cases with a request of the given kinds, within a 辖区, outside the decider's own unit. */
@Component
class ApprovalInbox {

	private final JdbcTemplate jdbc;

	ApprovalInbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<PendingApproval> items(Set<PendingRequest> kinds, long orgUnitId, DataScope scope) {
		var args = new ArrayList<Object>();
		var sql = new StringBuilder("""
				select c.id, c.number, c.summary, c.pending_request, c.pending_since, c.requested_until, c.unit_id,
				       c.dispose_due_at, t.actor_name, t.opinion
				from caseflow_case c
				left join lateral (select actor_name, opinion from caseflow_transition t where t.case_id = c.id
				    and t.action in ('EXTEND_REQUEST', 'HOLD_REQUEST', 'CANCEL_REQUEST') order by t.seq desc limit 1) t
				  on true
				where""");
		where(kinds, orgUnitId, scope, sql, args);
		sql.append(" order by c.pending_since, c.id limit 500");
		return jdbc.query(sql.toString(), (rs, n) -> new PendingApproval(rs.getLong(1), rs.getString(2), rs.getString(3),
				PendingRequest.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
				rs.getObject(6, LocalDate.class), rs.getObject(7, Long.class), instant(rs.getTimestamp(8)),
				rs.getString(9) == null ? "" : rs.getString(9), rs.getString(10)), args.toArray());
	}

	long count(Set<PendingRequest> kinds, long orgUnitId, DataScope scope) {
		var args = new ArrayList<Object>();
		var sql = new StringBuilder("select count(*) from caseflow_case c where");
		where(kinds, orgUnitId, scope, sql, args);
		return jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
	}

	private static void where(Set<PendingRequest> kinds, long orgUnitId, DataScope scope, StringBuilder sql,
			List<Object> args) {
		sql.append(" c.pending_request in (").append(String.join(",", java.util.Collections.nCopies(kinds.size(), "?")))
			.append(") and c.unit_id is distinct from ?");
		kinds.forEach(k -> args.add(k.name()));
		args.add(orgUnitId);
		CaseSearch.within(scope, sql, args, "c.");
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
