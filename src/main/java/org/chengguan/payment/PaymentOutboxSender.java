package org.chengguan.payment;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

import org.chengguan.system.OutboxDelivery;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Posts payment notices to the bank: due messages locked with {@code SKIP LOCKED}, sent with their notice's
 * {@code Idempotency-Key} (the bank takes a resend as the same notice), marked sent with the bank's answer as its
 * receipt; a failure (no endpoint, a refusal, no answer) schedules the next attempt with backoff.
 */
@Component
class PaymentOutboxSender {


	static final int BATCH = 20;

	private final PaymentOutboxRepository outbox;

	private final PaymentProperties properties;

	private final TransactionTemplate transaction;

	private final OutboxDelivery delivery;

	private final Clock clock;

	PaymentOutboxSender(PaymentOutboxRepository outbox, PaymentProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.delivery = new OutboxDelivery(properties.timeout(), clock);
	}

	@Scheduled(initialDelayString = "${chengguan.payment.bank.outbox-interval:PT30S}",
			fixedDelayString = "${chengguan.payment.bank.outbox-interval:PT30S}")
	@SchedulerLock(name = "payment-outbox", lockAtMostFor = "PT10M")
	void drain() {
		while (sendBatch() == BATCH) {
			// a full batch: there may be more due
		}
	}

	/** Sends one batch of due notices to the configured bank; the number it took. */
	int sendBatch() {
		return sendBatch(properties.endpoint());
	}

	int sendBatch(@Nullable URI endpoint) {
		return Objects.requireNonNull(transaction.execute(tx -> {
			var due = outbox.lockDue(clock.instant(), BATCH);
			due.forEach(message -> delivery.deliver(message, endpoint,
					"no bank endpoint configured (chengguan.payment.bank.endpoint)"));
			return due.size();
		}));
	}
}
