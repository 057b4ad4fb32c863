package org.chengguan.hotline;

import java.util.Objects;

import org.chengguan.system.SqlArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an order just received in one statement rather than through the persistence context (issue 14 §1: one per
 * hotline request). The columns are the ones the entity maps; the order stays unmanaged, and whatever later changes it
 * reads it through {@link HotlineOrderRepository}.
 */
@Component
class HotlineOrderRows {

	private static final String ORDER = """
			insert into hotline_order (platform_id, order_no, report_id, case_id, status, urgent, received_at,
			platform_reply_due, sign_due_at, signed_at, reply_due_at, replied_at, designated, reply_round, visit_result,
			visit_reason, visit_resolved, visited_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";

	private final JdbcTemplate jdbc;

	HotlineOrderRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the received order and gives it its id. */
	void insert(HotlineOrder order) {
		if (order.isVisited()) {
			throw new IllegalStateException("An order is received without visits");
		}
		var args = new SqlArguments().number(order.getPlatformId())
			.text(order.getOrderNo())
			.number(order.getReportId())
			.number(order.getCaseId())
			.text(order.getStatus())
			.flag(order.isUrgent())
			.instant(order.getReceivedAt())
			.instant(order.getPlatformReplyDue())
			.instant(order.getSignDueAt())
			.instant(order.getSignedAt())
			.instant(order.getReplyDueAt())
			.instant(order.getRepliedAt())
			.flag(order.isDesignated())
			.count(order.getReplyRound())
			.text(order.getVisitResult())
			.text(order.getVisitReason())
			.flag(order.getVisitResolved())
			.instant(order.getVisitedAt())
			.number(order.getVersion());
		order.written(Objects.requireNonNull(jdbc.queryForObject(ORDER, Long.class, args.toArray())));
	}
}
