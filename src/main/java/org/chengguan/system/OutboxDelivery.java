package org.chengguan.system;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one outbox message to a platform: marked sent with the platform's answer, or failed with the reason and its
 * next attempt (no endpoint configured, a refusal, no answer).
 */
public final class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private final JsonDelivery delivery;

	private final Clock clock;

	public OutboxDelivery(Duration timeout, Clock clock) {
		this.delivery = new JsonDelivery(timeout);
		this.clock = clock;
	}

	/** Whether the platform took the message; {@code unconfigured} is the reason kept when there is no endpoint. */
	public boolean deliver(OutboxEntry message, @Nullable URI endpoint, String unconfigured) {
		if (endpoint == null) {
			message.failed(unconfigured, clock.instant());
			return false;
		}
		var result = delivery.post(endpoint.toString(), message.getIdempotencyKey(), message.getPayload());
		if (result instanceof JsonDelivery.Result.Delivered delivered) {
			message.sent(delivered.receipt(), clock.instant());
			return true;
		}
		var reason = result instanceof JsonDelivery.Result.Failed failed ? failed.reason() : String.valueOf(result);
		log.warn("Outbox message {} not delivered: {}", message.getIdempotencyKey(), reason);
		message.failed(reason, clock.instant());
		return false;
	}
}
