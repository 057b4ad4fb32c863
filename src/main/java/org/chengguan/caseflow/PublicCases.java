package org.chengguan.caseflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The public's view of the cases of one channel (Open311 GET requests): filters become SQL parameters only. */
@Component
class PublicCases {

	/** What a public query may ask: a time window, some numbers, a category, open or closed, and how many. */
	record Query(Channel source, Instant from, Instant to, List<String> numbers, List<String> categoryKeys,
			@Nullable Boolean open, int limit) {
	}

	private final JdbcTemplate jdbc;

	PublicCases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<PublicCase> find(Query query) {
		var sql = new StringBuilder("""
				select c.number, c.report_id, c.status, c.category_key, c.summary, c.address, c.lon, c.lat,
				       c.received_at, coalesce((select max(t.at) from caseflow_transition t where t.case_id = c.id),
				       c.received_at), c.dispose_due_at, c.unit_id
				from caseflow_case c where c.source = ? and c.received_at >= ? and c.received_at < ?""");
		var args = new ArrayList<Object>(List.of(query.source().name(), Timestamp.from(query.from()),
				Timestamp.from(query.to())));
		in(sql, args, "c.number", query.numbers());
		in(sql, args, "c.category_key", query.categoryKeys());
		if (query.open() != null) {
			sql.append(query.open() ? " and c.status not in " : " and c.status in ")
				.append("('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED')");
		}
		sql.append(" order by c.received_at desc, c.id desc limit ?");
		args.add(query.limit());
		return jdbc.query(sql.toString(), (rs, n) -> new PublicCase(rs.getString(1), rs.getLong(2),
				CaseStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getObject(7, Double.class), rs.getObject(8, Double.class), rs.getTimestamp(9).toInstant(),
				rs.getTimestamp(10).toInstant(), instant(rs.getTimestamp(11)), rs.getObject(12, Long.class)),
				args.toArray());
	}

	/** The case of this number as its reporter may follow it. */
	Optional<CaseFollowUp> followUp(String number) {
		return jdbc.query("""
				select c.id, c.number, c.report_id, c.source, c.status, c.category_key, c.address, c.received_at,
				       coalesce((select max(t.at) from caseflow_transition t where t.case_id = c.id), c.received_at)
				from caseflow_case c where c.number = ?""", (rs, n) -> {
			var status = CaseStatus.valueOf(rs.getString(5));
			return new CaseFollowUp(rs.getString(2), rs.getLong(3), Channel.valueOf(rs.getString(4)), status,
					rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
					reply(rs.getLong(1), status));
		}, number).stream().findFirst();
	}

	/**
	 * The bureau's reply once the case has ended: at 结案 the 处置反馈 (else the closing opinion), as the hotline reply
	 * quotes it; the reason when it was not taken on, not registered, failed its 核实 or was cancelled.
	 */
	private @Nullable String reply(long caseId, CaseStatus status) {
		List<String> actions = switch (status) {
			case CLOSED -> List.of(CaseAction.REPORT_BACK.name(), CaseAction.CLOSE.name());
			case REJECTED -> List.of(CaseAction.REJECT_INTAKE.name());
			case DECLINED -> List.of(CaseAction.DECLINE.name(), CaseAction.VERIFY_FAIL.name());
			case CANCELLED -> List.of(CaseAction.CANCEL.name());
			default -> List.of();
		};
		for (var action : actions) {
			var opinion = jdbc.queryForList("""
					select opinion from caseflow_transition where case_id = ? and action = ? and opinion is not null
					order by seq desc limit 1""", String.class, caseId, action);
			if (!opinion.isEmpty()) {
				return opinion.get(0);
			}
		}
		return null;
	}

	private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
		if (!values.isEmpty()) {
			sql.append(" and ").append(column).append(" in (")
				.append(String.join(",", values.stream().map(v -> "?").toList()))
				.append(')');
			args.addAll(values);
		}
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
