package org.chengguan.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.caseflow.CaseStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * What each order is owed as its case moves (domain.md §7), written to the outbox in the case's own transaction: 签收
 * when the centre first acts on it, 办结回复 when it closes or is declined (each order merged into it gets its own),
 * a 退单 request when it is not accepted — refused when the platform designated us (潍坊 12345 条例 Art. 22) — and a 延期
 * request when the unit's deadline is extended.
 */
@Component
class HotlineObligations {

	private final HotlineOrderRepository orders;

	private final HotlinePlatformRepository platforms;

	private final OutboxRepository outbox;

	private final CaseManagement cases;

	private final WorkingCalendar calendar;

	private final ObjectMapper json;

	private final MessageSource messages;

	HotlineObligations(HotlineOrderRepository orders, HotlinePlatformRepository platforms, OutboxRepository outbox,
			CaseManagement cases, WorkingCalendar calendar, ObjectMapper json, MessageSource messages) {
		this.messages = messages;
		this.orders = orders;
		this.platforms = platforms;
		this.outbox = outbox;
		this.cases = cases;
		this.calendar = calendar;
		this.json = json;
	}

	@EventListener
	void follow(CaseEvents.CaseMoved moved) {
		switch (moved.action()) {
			case ACCEPT, SEND_VERIFY, REGISTER, MERGE -> orders.findByCaseId(moved.caseId())
				.forEach(order -> sign(order, moved));
			case REJECT_INTAKE -> orders.findByCaseId(moved.caseId()).forEach(order -> requestReturn(order, moved));
			case DECLINE, VERIFY_FAIL, CANCEL -> orders.findByCaseId(moved.caseId()).forEach(order -> {
				sign(order, moved);
				reply(order, moved, moved.opinion(), null);
			});
			case CLOSE -> {
				var result = cases.lastOpinion(moved.caseId(), CaseAction.REPORT_BACK).orElse(moved.opinion());
				orders.findByCaseId(moved.caseId()).forEach(order -> reply(order, moved, result, null));
				for (var child : cases.mergedInto(moved.caseId())) {
					orders.findByCaseId(child).forEach(order -> reply(order, moved, result, moved.caseNo()));
				}
			}
			case EXTEND_APPROVE -> orders.findByCaseId(moved.caseId()).forEach(order -> requestExtension(order, moved));
			default -> {
			}
		}
	}

	/**
	 * 延期: when the unit's 处置时限 is extended, the platform is asked once, before the reply is due, for at most its
	 * own limit (山东 办法: ≤ 10 WD, default one request).
	 */
	private void requestExtension(HotlineOrder order, CaseEvents.CaseMoved moved) {
		if (extensionRefusal(order, moved.at()).isEmpty()) {
			askExtension(order, moved.caseNo(), cases.lastOpinion(moved.caseId(), CaseAction.EXTEND_REQUEST)
				.orElse(null), latestReplyDue(order), moved.at());
		}
	}

	/** The latest reply deadline a 延期 may ask for: the platform's limit past the current one (≤ 10 WD). */
	Instant latestReplyDue(HotlineOrder order) {
		var platform = platforms.findById(order.getPlatformId()).orElseThrow();
		return calendar.deadline(order.getReplyDueAt(), platform.extensionLimit()).at();
	}

	/** Why a 延期 may not be asked now: replied, past the reply deadline, or asked once already (the default limit). */
	Optional<String> extensionRefusal(HotlineOrder order, Instant at) {
		if (order.getRepliedAt() != null || !order.getStatus().canMoveTo(OrderStatus.EXTENSION_REQUESTED)) {
			return Optional.of("hotline.error.extensionNotNow");
		}
		if (!at.isBefore(order.getReplyDueAt())) {
			return Optional.of("hotline.error.extensionLate");
		}
		if (outbox.existsByOrderIdAndKindAndRound(order.getId(), MessageKind.EXTENSION_REQUEST, 0)) {
			return Optional.of("hotline.error.extensionOnce");
		}
		return Optional.empty();
	}

	/** 延期申请 to the platform for a reply deadline of {@code requestedReplyDue}, with the reason and its basis. */
	void askExtension(HotlineOrder order, String caseNo, @Nullable String reason, Instant requestedReplyDue,
			Instant at) {
		var payload = payload(MessageKind.EXTENSION_REQUEST, order, caseNo, at);
		payload.put("reason", reason);
		payload.put("replyDue", order.getReplyDueAt().toString());
		payload.put("requestedReplyDue", requestedReplyDue.toString());
		order.requestExtension();
		enqueue(order, MessageKind.EXTENSION_REQUEST, 0, payload, at);
	}

	/** 退单申请 by the 热线联络员: a reason from the list and its text, with the legal basis. */
	void askReturn(HotlineOrder order, String caseNo, ReturnReason reason, String text, Instant at) {
		order.requestReturn();
		var payload = payload(MessageKind.RETURN_REQUEST, order, caseNo, at);
		payload.put("reasonCode", reason.name());
		payload.put("reason", text);
		enqueue(order, MessageKind.RETURN_REQUEST, 0, payload, at);
	}

	/**
	 * 阶段性答复: the reply falls due and the case is still open, so the caller learns where it stands and by when it
	 * is expected to end (济南12345条例 Art. 24: progress and the date when it cannot be finished in time). Once per
	 * round; the final reply follows when the case ends. False when the case has ended meanwhile.
	 */
	boolean progress(HotlineOrder order, Instant at) {
		var progress = cases.progress(order.getCaseId()).filter(p -> !p.status().isTerminal()).orElse(null);
		if (progress == null) {
			return false;
		}
		var expected = progress.status() == CaseStatus.HELD && progress.holdUntil() != null ? progress.holdUntil()
				: progress.disposeDueAt() == null ? null : LocalDate.ofInstant(progress.disposeDueAt(), calendar.zone());
		var stage = switch (progress.status()) {
			case REPORTED, ACCEPTED, VERIFYING -> "accepted";
			case REGISTERED, DISPATCHED -> "registered";
			case HELD -> "held";
			default -> "disposing";
		};
		var text = messages.getMessage("hotline.progress." + stage, null, Locale.SIMPLIFIED_CHINESE)
				+ (expected == null ? "" : messages.getMessage("hotline.progress.expected." + stage,
						new Object[] { expected.toString() }, "", Locale.SIMPLIFIED_CHINESE));
		var payload = payload(MessageKind.PROGRESS, order, progress.number(), at);
		payload.put("round", order.getReplyRound());
		payload.put("caseStatus", progress.status().name());
		payload.put("progress", text);
		payload.put("expectedBy", expected == null ? null : expected.toString());
		payload.put("replyDue", order.getReplyDueAt().toString());
		enqueue(order, MessageKind.PROGRESS, order.getReplyRound(), payload, at);
		return true;
	}

	private void sign(HotlineOrder order, CaseEvents.CaseMoved moved) {
		if (order.sign(moved.at())) {
			var payload = payload(MessageKind.SIGN, order, moved.caseNo(), moved.at());
			payload.put("signedBy", moved.actor());
			enqueue(order, MessageKind.SIGN, 0, payload, moved.at());
		}
	}

	/** 办结回复, quoting the parent's result when the order's case was merged into {@code parentCaseNo}. */
	private void reply(HotlineOrder order, CaseEvents.CaseMoved moved, @Nullable String result,
			@Nullable String parentCaseNo) {
		if (order.reply(moved.at())) {
			var payload = payload(MessageKind.REPLY, order, moved.caseNo(), moved.at());
			payload.put("outcome", moved.to().name());
			payload.put("result", result);
			payload.put("mergedInto", parentCaseNo);
			payload.put("round", order.getReplyRound());
			enqueue(order, MessageKind.REPLY, order.getReplyRound(), payload, moved.at());
		}
	}

	/** 退单 request; {@link HotlineGuard} offered 不予受理 only while every order of the case may be returned. */
	private void requestReturn(HotlineOrder order, CaseEvents.CaseMoved moved) {
		order.requestReturn();
		var payload = payload(MessageKind.RETURN_REQUEST, order, moved.caseNo(), moved.at());
		payload.put("reason", moved.opinion());
		enqueue(order, MessageKind.RETURN_REQUEST, 0, payload, moved.at());
	}

	/**
	 * Why the order may not be returned now: the centre designated us (潍坊12345条例 Art. 22), or the platform's 退单
	 * window after 签收 has passed (山东 办法: ≤ 2 WD); empty while it may.
	 */
	Optional<String> returnRefusal(HotlineOrder order, Instant at) {
		if (order.isDesignated()) {
			return Optional.of("hotline.error.designated");
		}
		if (!order.getStatus().canMoveTo(OrderStatus.RETURN_REQUESTED)) {
			return Optional.of("hotline.error.notReturnable");
		}
		var signedAt = order.getSignedAt();
		var platform = platforms.findById(order.getPlatformId()).orElseThrow();
		if (signedAt != null && calendar.deadline(signedAt, platform.returnLimit()).at().isBefore(at)) {
			return Optional.of("hotline.error.returnLate");
		}
		return Optional.empty();
	}

	private Map<String, Object> payload(MessageKind kind, HotlineOrder order, String caseNo, Instant at) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("type", kind.name());
		payload.put("orderNo", order.getOrderNo());
		payload.put("caseNo", caseNo);
		payload.put("at", at.toString());
		return payload;
	}

	private void enqueue(HotlineOrder order, MessageKind kind, int round, Map<String, Object> payload, Instant at) {
		if (!outbox.existsByOrderIdAndKindAndRound(order.getId(), kind, round)) {
			outbox.save(new OutboxMessage(order.getId(), kind, round, json.writeValueAsString(payload), at));
		}
	}
}
