package org.chengguan.hotline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.caseflow.CaseRef;
import org.chengguan.category.CategoryManagement;
import org.chengguan.intake.Attachment;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.intake.PlatformClient;
import org.chengguan.intake.ApiProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hotline API: receives work orders idempotently — a retry of a platform's order number gets the first answer
 * and never a second case, even when the retries race — and keeps each order's obligations.
 */
@Service
public class HotlineManagement {

	private final HotlinePlatformRepository platforms;

	private final HotlineOrderRepository orders;

	private final HotlineOrderRows rows;

	private final PlatformDecisionRepository decisions;

	private final OutboxRepository outbox;

	private final IntakeManagement intake;

	private final CaseManagement cases;

	private final CategoryManagement categories;

	private final WorkingCalendar calendar;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Map<String, HotlinePlatform> known = new ConcurrentHashMap<>();

	HotlineManagement(HotlinePlatformRepository platforms, HotlineOrderRepository orders, HotlineOrderRows rows,
			PlatformDecisionRepository decisions, OutboxRepository outbox, IntakeManagement intake,
			CaseManagement cases, CategoryManagement categories, WorkingCalendar calendar,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.rows = rows;
		this.platforms = platforms;
		this.orders = orders;
		this.decisions = decisions;
		this.outbox = outbox;
		this.intake = intake;
		this.cases = cases;
		this.categories = categories;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	/**
	 * Records an order with its report and case in one transaction, or answers a resend with the first receipt. When a
	 * concurrent request with the same order number committed first, this one fails on the unique key and answers
	 * with the first one's receipt.
	 */
	Receipt receive(PlatformClient client, WorkOrder order) {
		try {
			return Objects.requireNonNull(transaction.execute(tx -> {
				var platform = platform(order.platform());
				return orders.findByPlatformIdAndOrderNo(platform.getId(), order.orderNo())
					.map(first -> receipt(first, true))
					.orElseGet(() -> create(client, platform, order));
			}));
		}
		catch (DataIntegrityViolationException raced) {
			return Objects.requireNonNull(transaction.execute(tx -> orders
				.findByPlatformIdAndOrderNo(platform(order.platform()).getId(), order.orderNo())
				.map(first -> receipt(first, true))
				.orElseThrow(() -> raced)));
		}
	}

	/**
	 * The platform of this code. Its limits are set up with the schema and never change while the application runs,
	 * so each one is read once rather than for every order (issue 14).
	 */
	private HotlinePlatform platform(String code) {
		return known.computeIfAbsent(code, c -> platforms.findByCode(c).orElseThrow());
	}

	/**
	 * An order received inside the application rather than over the API — the demo's history, written as a platform
	 * would have sent it: the same order, report, case and obligations as {@link #receive(PlatformClient, WorkOrder)}.
	 * The case's id.
	 */
	public long receive(PlatformClient client, String orderNo, Instant receivedAt, @Nullable String categoryCode,
			String address, double lon, double lat, String content) {
		var order = new WorkOrder(platformOf(client), orderNo, receivedAt.atZone(calendar.zone()).toOffsetDateTime(),
				false, null, categoryCode, address, lon, lat, content, null, null, null, List.of());
		receive(client, order);
		return Objects.requireNonNull(transaction.execute(tx -> orders
			.findByPlatformIdAndOrderNo(platforms.findByCode(order.platform()).orElseThrow().getId(), orderNo)
			.orElseThrow()
			.getCaseId()));
	}

	/** 回访 recorded inside the application (the demo's history), as {@link #visit(String, String, Visit)}. */
	@Transactional
	public OrderStatus visit(PlatformClient client, String orderNo, VisitResult result, boolean resolved,
			@Nullable String reason) {
		return visit(platformOf(client), orderNo, new Visit(result, reason, resolved,
				calendar.now().atZone(calendar.zone()).toOffsetDateTime()));
	}

	/** The platform code a client's channel stands for. */
	static String platformOf(PlatformClient client) {
		return client.channel() == Channel.HOTLINE_12319 ? "12319" : "12345";
	}

	/**
	 * 回访: records the caller's verdict on a replied order. 不满意 reopens the order with a new reply clock and sends
	 * its case back to the unit on the same clock (济南 Art. 27, 潍坊 Art. 25).
	 */
	@Transactional
	OrderStatus visit(String platformCode, String orderNo, Visit visit) {
		var platform = platforms.findByCode(platformCode).orElseThrow();
		var order = orders.findByPlatformIdAndOrderNo(platform.getId(), orderNo)
			.orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "unknown-order",
					"hotline.error.unknownOrder"));
		if (order.getStatus() != OrderStatus.REPLIED) {
			throw new ApiProblemException(HttpStatus.CONFLICT, "order-state", "hotline.error.notReplied");
		}
		var now = calendar.now();
		var limit = platform.replyLimit();
		order.visit(visit, calendar.deadline(now, limit).at());
		events.publishEvent(new HotlineEvents.OrderVisited(order.getId(), order.getCaseId(), visit.result(), now));
		if (visit.result() == VisitResult.UNSATISFIED) {
			cases.reopen(order.getCaseId(), limit, Objects.requireNonNull(visit.reason()), platform.getName());
		}
		return order.getStatus();
	}

	/**
	 * The platform's answer to our 退单 or 延期 request, once per order and request; a resend of the same answer is
	 * answered as before. A rejected 退单 sends the declined case back to the 受理 queue; an approved 延期 moves the
	 * reply deadline to the platform's date, or else to the date we asked for.
	 */
	@Transactional
	OrderStatus decide(String platformCode, String orderNo, Decision decision) {
		var platform = platforms.findByCode(platformCode).orElseThrow();
		var order = orders.findByPlatformIdAndOrderNo(platform.getId(), orderNo)
			.orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "unknown-order",
					"hotline.error.unknownOrder"));
		var earlier = decisions.findByOrderIdAndRequest(order.getId(), decision.request());
		if (earlier.isPresent()) {
			if (earlier.get().sameAs(decision)) {
				return order.getStatus();
			}
			throw new ApiProblemException(HttpStatus.CONFLICT, "order-state", "hotline.error.decided");
		}
		var replyDue = decision.replyDue() == null ? null : decision.replyDue().toInstant();
		switch (decision.request()) {
			case RETURN -> {
				if (order.getStatus() != OrderStatus.RETURN_REQUESTED) {
					throw new ApiProblemException(HttpStatus.CONFLICT, "order-state", "hotline.error.noRequest");
				}
				order.decideReturn(decision.approved(), replyDue);
				if (decision.approved()) {
					cases.returnApproved(order.getCaseId(), decision.reason(), platform.getName());
				}
				else {
					cases.returnRefused(order.getCaseId(), Objects.requireNonNull(decision.reason()),
							platform.getName());
				}
			}
			case EXTENSION -> {
				if (!outbox.existsByOrderIdAndKindAndRound(order.getId(), MessageKind.EXTENSION_REQUEST, 0)) {
					throw new ApiProblemException(HttpStatus.CONFLICT, "order-state", "hotline.error.noRequest");
				}
				order.decideExtension(decision.approved(), replyDue != null ? replyDue
						: calendar.deadline(order.getReplyDueAt(), platform.extensionLimit()).at());
			}
		}
		decisions.save(new PlatformDecision(order.getId(), decision, calendar.now()));
		return order.getStatus();
	}

	private Receipt create(PlatformClient client, HotlinePlatform platform, WorkOrder order) {
		var categoryId = order.categoryCode() == null ? null : categories.receivableId(order.categoryCode()).orElse(null);
		var categoryText = order.category() != null ? order.category() : order.categoryCode();
		var report = intake.receive(new NewReport(channelOf(platform), order.orderNo(), client.id(),
				order.receivedAt().toInstant(), categoryId, categoryText,
				order.urgent(), order.content(), order.address(), order.lon(), order.lat(),
				order.callerName() == null && order.callerPhone() == null ? null
						: new NewReport.Reporter(order.callerName(), order.callerPhone()),
				null, false, order.attachments().stream().map(l -> Attachment.link(l.url(), l.name())).toList()));
		var opened = cases.byReport(report.getId()).orElseThrow();
		var now = calendar.now();
		// one statement rather than the persistence context (issue 14 §1); nothing changes the order afterwards here
		rows.insert(new HotlineOrder(platform.getId(), order.orderNo(), report.getId(), opened.id(), order.urgent(),
				now, order.replyDue() == null ? null : order.replyDue().toInstant(),
				calendar.deadline(now, platform.signLimit(order.urgent())).at(),
				calendar.deadline(now, platform.replyLimit()).at()));
		return receipt(opened, false);
	}

	private Receipt receipt(HotlineOrder order, boolean replayed) {
		return receipt(cases.byReport(order.getReportId()).orElseThrow(), replayed);
	}

	private static Receipt receipt(CaseRef opened, boolean replayed) {
		return new Receipt(opened.number(), opened.status().name(), opened.unitGridCode(), replayed);
	}

	private static Channel channelOf(HotlinePlatform platform) {
		return "12319".equals(platform.getCode()) ? Channel.HOTLINE_12319 : Channel.HOTLINE_12345;
	}
}
