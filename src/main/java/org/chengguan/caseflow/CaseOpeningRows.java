package org.chengguan.caseflow;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
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
			throw new IllegalStateException("A case is opened without 督办 records");
		}
		var transitions = opened.getTransitions();
		var timers = opened.getTimers();
		var sql = new StringBuilder(CASE).append(TRANSITIONS.formatted(rows(TRANSITION, transitions.size())));
		if (!timers.isEmpty()) {
			sql.append(TIMERS.formatted(rows(TIMER, timers.size())));
		}
		sql.append(" select id from c");
		var args = new ArrayList<SqlParameterValue>();
		caseRow(opened, args);
		transitions.forEach(t -> transitionRow(t, args));
		timers.forEach(t -> timerRow(t, args));
		opened.written(Objects.requireNonNull(jdbc.queryForObject(sql.toString(), Long.class, args.toArray())));
	}

	private static String rows(String row, int count) {
		return String.join(", ", Collections.nCopies(count, row));
	}

	private static void caseRow(EnforcementCase c, List<SqlParameterValue> args) {
		var problem = c.getProblem();
		var place = problem.getPlace();
		var disposal = c.getDisposal();
		var limit = disposal.limit();
		var request = c.getRequest();
		var current = c.currentTimer();
		text(args, c.getNumber());
		number(args, c.getReportId());
		text(args, c.getSource());
		text(args, c.getStatus());
		number(args, problem.getCategoryId());
		text(args, problem.getCategoryKey());
		number(args, problem.getConditionId());
		text(args, problem.getPriority());
		flag(args, problem.isUrgent());
		text(args, problem.getSummary());
		text(args, problem.getAddress());
		args.add(new SqlParameterValue(Types.DOUBLE, place.lon()));
		args.add(new SqlParameterValue(Types.DOUBLE, place.lat()));
		text(args, place.unitGridCode());
		text(args, place.communityCode());
		text(args, place.streetCode());
		text(args, place.districtCode());
		number(args, problem.getDuplicateOfId());
		number(args, problem.getSuspectedDuplicateOfId());
		number(args, c.getAssigneeId());
		number(args, disposal.getUnitId());
		count(args, limit.map(l -> l.amount()).orElse(null));
		text(args, limit.map(l -> l.unit()).orElse(null));
		instant(args, disposal.getDisposeDueAt());
		flag(args, disposal.isDesignated());
		count(args, disposal.getReturnCount());
		count(args, disposal.getExtensionCount());
		count(args, disposal.getReworkCount());
		args.add(new SqlParameterValue(Types.DATE, disposal.getHoldUntil()));
		flag(args, disposal.isSelfDisposed());
		text(args, request == null ? null : request.kind());
		instant(args, request == null ? null : request.since());
		args.add(new SqlParameterValue(Types.DATE, request == null ? null : request.until()));
		text(args, c.getSupervisionLevel());
		text(args, c.getOverdueLevel());
		text(args, current.map(CaseTimer::getStage).orElse(null));
		instant(args, current.map(CaseTimer::getDueAt).orElse(null));
		instant(args, c.getReceivedAt());
		instant(args, c.getClosedAt());
		number(args, c.getVersion());
	}

	private static void transitionRow(CaseTransition t, List<SqlParameterValue> args) {
		count(args, t.getSeq());
		text(args, t.getAction());
		text(args, t.getFromStatus());
		text(args, t.getToStatus());
		number(args, t.getActorId());
		text(args, t.getActorName());
		text(args, t.getOpinion());
		text(args, t.getEvidenceIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		number(args, t.getAssigneeId());
		instant(args, t.getAt());
	}

	private static void timerRow(CaseTimer t, List<SqlParameterValue> args) {
		text(args, t.getStage());
		count(args, t.getLimit().amount());
		text(args, t.getLimit().unit());
		instant(args, t.getStartedAt());
		instant(args, t.getDueAt());
		flag(args, t.isProvisional());
		instant(args, t.getPausedAt());
		instant(args, t.getStoppedAt());
		text(args, t.getLevel());
	}

	// each value with its SQL type, so that a null never needs the statement's parameter types read first

	private static void text(List<SqlParameterValue> args, @Nullable Object value) {
		args.add(new SqlParameterValue(Types.VARCHAR, value == null ? null
				: value instanceof Enum<?> e ? e.name() : value.toString()));
	}

	private static void number(List<SqlParameterValue> args, @Nullable Long value) {
		args.add(new SqlParameterValue(Types.BIGINT, value));
	}

	private static void count(List<SqlParameterValue> args, @Nullable Integer value) {
		args.add(new SqlParameterValue(Types.INTEGER, value));
	}

	private static void flag(List<SqlParameterValue> args, boolean value) {
		args.add(new SqlParameterValue(Types.BOOLEAN, value));
	}

	private static void instant(List<SqlParameterValue> args, @Nullable Instant value) {
		args.add(new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
				value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC)));
	}
}
