package org.chengguan.credit;

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
 * Posts pushes and withdrawals to the credit platform in the order they were queued, each with its
 * {@code Idempotency-Key}; the platform's answer is the record's receipt; a failure schedules the next attempt with
 * backoff.
 */
@Component
class CreditOutboxSender {


	static final int BATCH = 20;

	private final CreditOutboxRepository outbox;

	private final CreditManagement credit;

	private final CreditProperties properties;

	private final TransactionTemplate transaction;

	private final OutboxDelivery delivery;

	private final Clock clock;

	CreditOutboxSender(CreditOutboxRepository outbox, CreditManagement credit, CreditProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.credit = credit;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.delivery = new OutboxDelivery(properties.timeout(), clock);
	}

	@Scheduled(initialDelayString = "${chengguan.credit.outbox-interval:PT1M}",
			fixedDelayString = "${chengguan.credit.outbox-interval:PT1M}")
	@SchedulerLock(name = "credit-outbox", lockAtMostFor = "PT10M")
	void drain() {
		while (sendBatch(properties.endpoint()) == BATCH) {
			// a full batch: there may be more due
		}
	}

	/** Sends one batch of due messages to the platform at this address; the number it took. */
	int sendBatch(@Nullable URI endpoint) {
		return Objects.requireNonNull(transaction.execute(tx -> {
			var due = outbox.lockDue(clock.instant(), BATCH);
			for (var message : due) {
				if (delivery.deliver(message, endpoint, "no credit platform configured (chengguan.credit.endpoint)")) {
					credit.delivered(message);
				}
			}
			return due.size();
		}));
	}
}
