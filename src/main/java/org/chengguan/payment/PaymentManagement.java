package org.chengguan.payment;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.Payable;
import org.chengguan.penalty.PenaltyEvents;
import org.chengguan.penalty.ProceedingAction;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * 罚缴分离: a payment notice for each served decision with a fine, queued for the bank; the bank's confirmations
 * applied once each, the proceeding paid off when they reach what is owed on the day paid.
 */
@Service
@Transactional(readOnly = true)
public class PaymentManagement {

	/** What came of a confirmation. */
	public enum Outcome {
		/** 已入账, the fine still not paid in full. */
		APPLIED,
		/** 已入账并缴清. */
		PAID_OFF,
		/** 重复: the bank said this before; nothing changed. */
		DUPLICATE,
		/** 流水号冲突: the reference was used before for another notice or amount; nothing changed. */
		CONFLICT,
		/** 缴款书号不存在. */
		UNKNOWN_NOTICE
	}

	/** The actions whose step serves a decision (and so makes its fine due). */
	static final List<ProceedingAction> SERVING = List.of(ProceedingAction.SERVE_DECISION,
			ProceedingAction.DEEM_SERVED, ProceedingAction.DECIDE_ON_SITE);

	private final PaymentNoticeRepository notices;

	private final PaymentConfirmationRepository confirmations;

	private final PaymentOutboxRepository outbox;

	private final PaymentNumbers numbers;

	private final ExecutionManagement execution;

	private final WorkingCalendar calendar;

	private final ObjectMapper json;

	private final Clock clock;

	PaymentManagement(PaymentNoticeRepository notices, PaymentConfirmationRepository confirmations,
			PaymentOutboxRepository outbox, PaymentNumbers numbers, ExecutionManagement execution,
			WorkingCalendar calendar, ObjectMapper json, Clock clock) {
		this.notices = notices;
		this.confirmations = confirmations;
		this.outbox = outbox;
		this.numbers = numbers;
		this.execution = execution;
		this.calendar = calendar;
		this.json = json;
		this.clock = clock;
	}

	/** 《行政处罚法》第六十七条：a decision served with a fine gets its payment notice in the same transaction. */
	@EventListener
	@Transactional
	void on(PenaltyEvents.ProceedingMoved moved) {
		if (SERVING.contains(moved.action())) {
			execution.payable(moved.proceedingId()).ifPresent(this::issue);
		}
	}

	private void issue(Payable payable) {
		if (notices.existsByProceedingIdAndStatus(payable.proceedingId(), PaymentNotice.Status.ISSUED)) {
			return;
		}
		var at = clock.instant();
		var notice = notices.save(new PaymentNotice(payable,
				numbers.nextNoticeNo(Year.from(calendar.today()).getValue()), numbers.paymentCode(), at));
		outbox.save(new PaymentOutboxMessage(notice, json.writeValueAsString(Map.of("noticeNo", notice.getNoticeNo(),
				"paymentCode", notice.getPaymentCode(), "payer", payable.payer(), "amount", payable.fine(),
				"dueOn", payable.dueOn().toString(), "surchargeRate", "0.03", "reference",
				payable.proceedingNumber())), at));
	}

	/** The bank's confirmation, applied once (by its reference) whether it comes by callback or in a file. */
	@Transactional
	public Outcome confirm(BankConfirmation confirmation, PaymentConfirmation.Source source) {
		var notice = notices.lockByNoticeNo(confirmation.noticeNo().strip());
		if (notice.isEmpty()) {
			return Outcome.UNKNOWN_NOTICE;
		}
		var earlier = confirmations.findByBankRef(confirmation.bankRef().strip());
		if (earlier.isPresent()) {
			return earlier.get().repeats(notice.get(), confirmation) ? Outcome.DUPLICATE : Outcome.CONFLICT;
		}
		var paid = notice.get();
		var wasPaid = paid.getStatus() == PaymentNotice.Status.PAID;
		confirmations.save(new PaymentConfirmation(paid, confirmation, source, clock.instant()));
		var paidOn = confirmation.paidAt().atZone(calendar.zone()).toLocalDate();
		paid.confirmed(confirmation.amount(), execution.amountDue(paid.getProceedingId(), paidOn),
				confirmation.paidAt());
		notices.save(paid);
		if (!wasPaid && paid.getStatus() == PaymentNotice.Status.PAID) {
			execution.confirmPayment(paid.getProceedingId(), paidOn);
			return Outcome.PAID_OFF;
		}
		return Outcome.APPLIED;
	}

	/** The payment notices of a proceeding, oldest first. */
	public List<PaymentNotice> of(long proceedingId) {
		return notices.findByProceedingIdOrderById(proceedingId);
	}

	/** The latest notices, for the finance ledger. */
	List<PaymentNotice> latest(int limit) {
		return notices.findAllByOrderByIssuedAtDescIdDesc(Limit.of(limit));
	}

	List<PaymentConfirmation> confirmationsOf(PaymentNotice notice) {
		return confirmations.findByNoticeIdOrderByPaidAt(notice.getId());
	}

	/** Whether the notice reached the bank, and the bank's answer or the last error. */
	Optional<PaymentOutboxMessage> delivery(PaymentNotice notice) {
		return outbox.findByNoticeId(notice.getId());
	}
}
