package org.chengguan.payment;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

import org.chengguan.system.JsonDelivery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(PaymentOutboxSender.class);

	static final int BATCH = 20;

	private final PaymentOutboxRepository outbox;

	private final PaymentProperties properties;

	private final TransactionTemplate transaction;

	private final JsonDelivery delivery;

	private final Clock clock;

	PaymentOutboxSender(PaymentOutboxRepository outbox, PaymentProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.delivery = new JsonDelivery(properties.timeout());
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
			due.forEach(message -> deliver(message, endpoint));
			return due.size();
		}));
	}

	private void deliver(PaymentOutboxMessage message, @Nullable URI endpoint) {
		if (endpoint == null) {
			message.failed("no bank endpoint configured (chengguan.payment.bank.endpoint)", clock.instant());
			return;
		}
		var result = delivery.post(endpoint.toString(), message.getIdempotencyKey(), message.getPayload());
		if (result instanceof JsonDelivery.Result.Failed failed) {
			log.warn("Payment notice {} not delivered: {}", message.getIdempotencyKey(), failed.reason());
			message.failed(failed.reason(), clock.instant());
		}
		else if (result instanceof JsonDelivery.Result.Delivered delivered) {
			message.sent(delivered.receipt(), clock.instant());
		}
	}
}
