package org.chengguan.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.staff.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 热线联络员's desk: each order of a case as the case page shows it — its clocks, every message owed to the
 * platform with its state, the 回访 and the platform's decisions — the 退单 and 延期 requests made from there, and the
 * orders that need attention (a message failing, a reply falling due).
 */
@Component
class HotlineDesk {

	/** One order on the case page. */
	record OrderPanel(HotlineOrder order, String platform, List<Message> messages, List<Answer> answers,
			@Nullable String returnRefusal, @Nullable String extensionRefusal, LocalDate extensionLatest) {
	}

	/** A message owed to the platform: queued, sent, or failing with its next attempt. */
	record Message(MessageKind kind, int round, Instant createdAt, int attempts, Instant nextAttemptAt,
			@Nullable Instant sentAt, @Nullable String lastError) {

		public boolean isFailing() {
			return sentAt == null && attempts > 0;
		}
	}

	/** The platform's answer to one of our requests. */
	record Answer(Decision.Request request, boolean approved, @Nullable String reason, Instant decidedAt) {
	}

	/** An order that needs the liaison: its message is failing, or its reply falls due within a working day. */
	record Attention(long caseId, String orderNo, OrderStatus status, Instant replyDueAt, boolean failing) {
	}

	private final HotlineOrderRepository orders;

	private final HotlinePlatformRepository platforms;

	private final HotlineObligations obligations;

	private final WorkingCalendar calendar;

	private final JdbcTemplate jdbc;

	private final CaseManagement cases;

	HotlineDesk(HotlineOrderRepository orders, HotlinePlatformRepository platforms, HotlineObligations obligations,
			WorkingCalendar calendar, JdbcTemplate jdbc, CaseManagement cases) {
		this.cases = cases;
		this.orders = orders;
		this.platforms = platforms;
		this.obligations = obligations;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<OrderPanel> panel(long caseId) {
		var now = calendar.now();
		Map<Long, String> names = platforms.findAll()
			.stream()
			.collect(Collectors.toMap(HotlinePlatform::getId, HotlinePlatform::getName));
		return orders.findByCaseId(caseId)
			.stream()
			.map(o -> new OrderPanel(o, names.getOrDefault(o.getPlatformId(), ""), messages(o.getId()), answers(o.getId()),
					obligations.returnRefusal(o, now).orElse(null), obligations.extensionRefusal(o, now).orElse(null),
					LocalDate.ofInstant(obligations.latestReplyDue(o), calendar.zone())))
			.toList();
	}

	/** 退单申请 from the case page: refused when the order may no longer be returned. */
	@Transactional
	void requestReturn(long orderId, ReturnReason reason, String text, Actor actor) {
		var order = order(orderId);
		var now = calendar.now();
		obligations.returnRefusal(order, now).ifPresent(key -> {
			throw new HotlineRuleException(key);
		});
		obligations.askReturn(order, caseNo(order), reason, text + "（" + actor.name() + "）", now);
	}

	/** 延期申请 from the case page for a reply deadline on {@code until}, within the platform's limit. */
	@Transactional
	void requestExtension(long orderId, LocalDate until, String reason, Actor actor) {
		var order = order(orderId);
		var now = calendar.now();
		obligations.extensionRefusal(order, now).ifPresent(key -> {
			throw new HotlineRuleException(key);
		});
		var asked = calendar.dueOn(until).at();
		if (!asked.isAfter(order.getReplyDueAt()) || asked.isAfter(obligations.latestReplyDue(order))) {
			throw new HotlineRuleException("hotline.error.extensionUntil");
		}
		obligations.askExtension(order, caseNo(order), reason + "（" + actor.name() + "）", asked, now);
	}

	/** The case an order belongs to; an unknown order is refused. */
	@Transactional(readOnly = true)
	long caseOf(long orderId) {
		return order(orderId).getCaseId();
	}

	/** Orders needing attention, the most urgent first. */
	@Transactional(readOnly = true)
	List<Attention> attention() {
		return jdbc.query(ATTENTION + " order by o.reply_due_at limit 200", (rs, n) -> new Attention(rs.getLong(1),
				rs.getString(2), OrderStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getBoolean(5)),
				horizon());
	}

	@Transactional(readOnly = true)
	long attentionCount() {
		return jdbc.queryForObject("select count(*) from (" + ATTENTION + ") a", Long.class, horizon());
	}

	private static final String ATTENTION = """
			select o.case_id, o.order_no, o.status, o.reply_due_at,
			       exists (select 1 from hotline_outbox m where m.order_id = o.id and m.sent_at is null and m.attempts > 0)
			from hotline_order o
			where o.replied_at is null and o.status not in ('RETURNED', 'VISITED')
			  and (o.reply_due_at < ? or exists (select 1 from hotline_outbox m where m.order_id = o.id
			       and m.sent_at is null and m.attempts > 0))""";

	private java.sql.Timestamp horizon() {
		return java.sql.Timestamp.from(calendar.deadline(calendar.now(),
				new org.chengguan.calendar.Deadline(1, org.chengguan.calendar.DeadlineUnit.WORKING_DAY)).at());
	}

	private HotlineOrder order(long orderId) {
		return orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	private String caseNo(HotlineOrder order) {
		return cases.progress(order.getCaseId()).orElseThrow().number();
	}

	private List<Message> messages(long orderId) {
		return jdbc.query("""
				select kind, round, created_at, attempts, next_attempt_at, sent_at, last_error from hotline_outbox
				where order_id = ? order by id""", (rs, n) -> new Message(MessageKind.valueOf(rs.getString(1)),
				rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getTimestamp(5).toInstant(),
				rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)), orderId);
	}

	private List<Answer> answers(long orderId) {
		return jdbc.query("""
				select request, approved, reason, decided_at from hotline_decision where order_id = ? order by id""",
				(rs, n) -> new Answer(Decision.Request.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()), orderId);
	}
}
