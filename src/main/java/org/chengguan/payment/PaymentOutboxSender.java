package org.chengguan.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Posts payment notices to the bank: due messages locked with {@code SKIP LOCKED}, sent with their notice's
 * {@code Idempotency-Key} (the bank takes a resend as the same notice), marked sent with the bank's answer; a failure
 * (no endpoint, a refusal, no answer) schedules the next attempt with backoff.
 */
@Component
class PaymentOutboxSender {

	private static final Logger log = LoggerFactory.getLogger(PaymentOutboxSender.class);

	static final int BATCH = 20;

	private final PaymentOutboxRepository outbox;

	private final PaymentProperties properties;

	private final TransactionTemplate transaction;

	private final RestClient http;

	private final Clock clock;

	PaymentOutboxSender(PaymentOutboxRepository outbox, PaymentProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		var factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		factory.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().requestFactory(factory).build();
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
		try {
			var answer = http.post()
				.uri(endpoint)
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", message.getIdempotencyKey())
				.body(message.getPayload())
				.retrieve()
				.body(String.class);
			message.sent(answer, clock.instant());
		}
		catch (HttpStatusCodeException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
				// the bank already has this notice (a resend after a lost answer)
				message.sent(ex.getResponseBodyAsString(), clock.instant());
				return;
			}
			log.warn("The bank refused payment notice {}: HTTP {}", message.getIdempotencyKey(),
					ex.getStatusCode().value());
			message.failed("HTTP " + ex.getStatusCode().value() + " " + ex.getResponseBodyAsString(), clock.instant());
		}
		catch (RestClientException ex) {
			message.failed(String.valueOf(ex.getMostSpecificCause().getMessage()), clock.instant());
		}
	}
}
