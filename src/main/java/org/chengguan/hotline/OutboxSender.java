package org.chengguan.hotline;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

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

	private final RestClient http;

	private final Clock clock;

	OutboxSender(OutboxRepository outbox, HotlineOrderRepository orders, HotlinePlatformRepository platforms,
			HotlineProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.orders = orders;
		this.platforms = platforms;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		var factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		factory.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().requestFactory(factory).build();
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
		try {
			http.post()
				.uri(endpoint)
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "chengguan-" + message.getId())
				.body(message.getPayload())
				.retrieve()
				.toBodilessEntity();
			message.sent(clock.instant());
		}
		catch (HttpStatusCodeException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
				// The platform already has this message (a resend after a crash): it is delivered.
				message.sent(clock.instant());
				return;
			}
			message.failed("HTTP " + ex.getStatusCode().value() + " " + ex.getResponseBodyAsString(), clock.instant());
		}
		catch (RestClientException ex) {
			message.failed(String.valueOf(ex.getMostSpecificCause().getMessage()), clock.instant());
		}
	}
}
