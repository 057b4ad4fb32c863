package org.chengguan.caseflow;

import java.util.Objects;
import java.util.stream.Collectors;

import org.chengguan.system.SqlArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a case just opened — its row, its first timeline records and timers — in one statement rather than through
 * the persistence context: the opening is the heaviest write of every intake request (issue 14 §1). The columns are
 * the ones the entity maps. The case stays unmanaged: nothing later in the opening transaction changes it, and a
 * merge asked for at intake saves the case through {@link CaseRepository} instead.
 */
@Component
class CaseOpeningRows {

	private static final String CASE = """
			with c as (insert into caseflow_case (number, report_id, source, status, category_id, category_key,
			condition_id, priority, urgent, summary, address, lon, lat, unit_grid_code, community_code, street_code,
			district_code, duplicate_of_id, suspected_duplicate_of_id, assignee_id, unit_id, dispose_limit_amount,
			dispose_limit_unit, dispose_due_at, designated, return_count, extension_count, rework_count, hold_until,
			self_disposed, pending_request, pending_since, requested_until, supervision_level, overdue_level,
			current_stage, stage_due_at, received_at, closed_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			?, ?, ?, ?, ?, ?) returning id)""";

	private static final String TRANSITIONS = """
			, t as (insert into caseflow_transition (case_id, seq, action, from_status, to_status, actor_id, actor_name,
			opinion, evidence_ids, assignee_id, at) select c.id, v.* from c, (values %s) v)""";

	private static final String TRANSITION = "(?, ?, ?, ?, ?, ?, ?, cast(? as bigint[]), ?, cast(? as timestamptz))";

	private static final String TIMERS = """
			, m as (insert into caseflow_timer (case_id, stage, limit_amount, limit_unit, started_at, due_at,
			provisional, paused_at, stopped_at, level) select c.id, v.* from c, (values %s) v)""";

	private static final String TIMER = "(?, ?, ?, cast(? as timestamptz), cast(? as timestamptz), ?, cast(? as timestamptz), "
			+ "cast(? as timestamptz), ?)";

	private final JdbcTemplate jdbc;

	CaseOpeningRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the opened case and gives it its id. */
	void insert(EnforcementCase opened) {
		if (!opened.getSupervisions().isEmpty()) {
			throw new IllegalStateException("A case is opened without supervision records");
		}
		var transitions = opened.getTransitions();
		var timers = opened.getTimers();
		var sql = new StringBuilder(CASE)
			.append(TRANSITIONS.formatted(SqlArguments.rows(TRANSITION, transitions.size())));
		if (!timers.isEmpty()) {
			sql.append(TIMERS.formatted(SqlArguments.rows(TIMER, timers.size())));
		}
		sql.append(" select id from c");
		var args = new SqlArguments();
		caseRow(opened, args);
		transitions.forEach(t -> transitionRow(t, args));
		timers.forEach(t -> timerRow(t, args));
		opened.written(Objects.requireNonNull(jdbc.queryForObject(sql.toString(), Long.class, args.toArray())));
	}

	private static void caseRow(EnforcementCase c, SqlArguments args) {
		var problem = c.getProblem();
		var place = problem.getPlace();
		var disposal = c.getDisposal();
		var limit = disposal.limit();
		var request = c.getRequest();
		var current = c.currentTimer();
		args.text(c.getNumber());
		args.number(c.getReportId());
		args.text(c.getSource());
		args.text(c.getStatus());
		args.number(problem.getCategoryId());
		args.text(problem.getCategoryKey());
		args.number(problem.getConditionId());
		args.text(problem.getPriority());
		args.flag(problem.isUrgent());
		args.text(problem.getSummary());
		args.text(problem.getAddress());
		args.real(place.lon());
		args.real(place.lat());
		args.text(place.unitGridCode());
		args.text(place.communityCode());
		args.text(place.streetCode());
		args.text(place.districtCode());
		args.number(problem.getDuplicateOfId());
		args.number(problem.getSuspectedDuplicateOfId());
		args.number(c.getAssigneeId());
		args.number(disposal.getUnitId());
		args.count(limit.map(l -> l.amount()).orElse(null));
		args.text(limit.map(l -> l.unit()).orElse(null));
		args.instant(disposal.getDisposeDueAt());
		args.flag(disposal.isDesignated());
		args.count(disposal.getReturnCount());
		args.count(disposal.getExtensionCount());
		args.count(disposal.getReworkCount());
		args.date(disposal.getHoldUntil());
		args.flag(disposal.isSelfDisposed());
		args.text(request == null ? null : request.kind());
		args.instant(request == null ? null : request.since());
		args.date(request == null ? null : request.until());
		args.text(c.getSupervisionLevel());
		args.text(c.getOverdueLevel());
		args.text(current.map(CaseTimer::getStage).orElse(null));
		args.instant(current.map(CaseTimer::getDueAt).orElse(null));
		args.instant(c.getReceivedAt());
		args.instant(c.getClosedAt());
		args.number(c.getVersion());
	}

	private static void transitionRow(CaseTransition t, SqlArguments args) {
		args.count(t.getSeq());
		args.text(t.getAction());
		args.text(t.getFromStatus());
		args.text(t.getToStatus());
		args.number(t.getActorId());
		args.text(t.getActorName());
		args.text(t.getOpinion());
		args.text(t.getEvidenceIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		args.number(t.getAssigneeId());
		args.instant(t.getAt());
	}

	private static void timerRow(CaseTimer t, SqlArguments args) {
		args.text(t.getStage());
		args.count(t.getLimit().amount());
		args.text(t.getLimit().unit());
		args.instant(t.getStartedAt());
		args.instant(t.getDueAt());
		args.flag(t.isProvisional());
		args.instant(t.getPausedAt());
		args.instant(t.getStoppedAt());
		args.text(t.getLevel());
	}
}
