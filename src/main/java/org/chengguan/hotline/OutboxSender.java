package org.chengguan.hotline;

import java.time.Clock;
import java.util.HashMap;
import java.util.Objects;

import org.chengguan.system.JsonDelivery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: due messages are locked with {@code SKIP LOCKED} (so several instances never send one message at
 * the same time), posted to their platform with the message id as {@code Idempotency-Key}, and marked sent in the
 * same transaction; a failure schedules the next attempt with backoff.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final int BATCH = 20;

	private final OutboxRepository outbox;

	private final HotlineOrderRepository orders;

	private final HotlinePlatformRepository platforms;

	private final HotlineProperties properties;

	private final TransactionTemplate transaction;

	private final JsonDelivery delivery;

	private final Clock clock;

	OutboxSender(OutboxRepository outbox, HotlineOrderRepository orders, HotlinePlatformRepository platforms,
			HotlineProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.orders = orders;
		this.platforms = platforms;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.delivery = new JsonDelivery(properties.timeout());
	}

	/** The configured endpoints replace the stored ones at start-up. */
	@EventListener(ApplicationReadyEvent.class)
	void connect() {
		transaction.executeWithoutResult(tx -> properties.endpoints()
			.forEach((code, url) -> platforms.findByCode(code).ifPresentOrElse(p -> {
				p.connect(url);
				log.info("Hotline platform {} receives messages at {}", code, url);
			}, () -> log.warn("chengguan.hotline.endpoints.{}: no such platform", code))));
	}

	@Scheduled(initialDelayString = "${chengguan.hotline.outbox-interval:PT10S}",
			fixedDelayString = "${chengguan.hotline.outbox-interval:PT10S}")
	void drain() {
		while (sendBatch() > 0) {
			// a message delivered may make the next of its order due (a reply waits for its 签收)
		}
	}

	/** Sends one batch of due messages; the number it took. */
	int sendBatch() {
		return Objects.requireNonNull(transaction.execute(tx -> {
			var due = outbox.lockDue(clock.instant(), BATCH);
			var endpoints = new HashMap<Long, @Nullable String>();
			for (var message : due) {
				var platformId = orders.findById(message.getOrderId()).orElseThrow().getPlatformId();
				var endpoint = endpoints.computeIfAbsent(platformId,
						id -> platforms.findById(id).map(HotlinePlatform::getEndpointUrl).orElse(null));
				deliver(message, endpoint);
			}
			return due.size();
		}));
	}

	private void deliver(OutboxMessage message, @Nullable String endpoint) {
		if (endpoint == null) {
			message.failed("no endpoint configured", clock.instant());
			return;
		}
		var result = delivery.post(endpoint, "chengguan-" + message.getId(), message.getPayload());
		if (result instanceof JsonDelivery.Result.Failed failed) {
			message.failed(failed.reason(), clock.instant());
		}
		else {
			message.sent(clock.instant());
		}
	}
}
