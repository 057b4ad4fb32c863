package org.chengguan.hotline;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One message owed to a platform, written in the transaction of the event that caused it and sent afterwards until
 * the platform takes it; failures back off exponentially (30 s, 1 min, 2 min … at most 1 h) and never give up.
 */
@Entity
@Table(name = "hotline_outbox")
class OutboxMessage {

	static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	static final Duration LONGEST_RETRY = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long orderId;

	@Enumerated(EnumType.STRING)
	private MessageKind kind;

	private int round;

	private String payload;

	private Instant createdAt;

	private int attempts;

	private Instant nextAttemptAt;

	private @Nullable Instant sentAt;

	private @Nullable String lastError;

	protected OutboxMessage() {
		this.kind = MessageKind.SIGN;
		this.payload = "";
		this.createdAt = Instant.EPOCH;
		this.nextAttemptAt = Instant.EPOCH;
	}

	OutboxMessage(long orderId, MessageKind kind, int round, String payload, Instant at) {
		this.orderId = orderId;
		this.kind = kind;
		this.round = round;
		this.payload = payload;
		this.createdAt = at;
		this.nextAttemptAt = at;
	}

	void sent(Instant at) {
		attempts++;
		sentAt = at;
		lastError = null;
	}

	/** A failed attempt: try again after a delay that doubles each time, up to an hour. */
	void failed(String error, Instant at) {
		attempts++;
		lastError = error.length() > 500 ? error.substring(0, 500) : error;
		nextAttemptAt = at.plus(backoff(attempts));
	}

	static Duration backoff(int attempts) {
		var doublings = Math.min(attempts - 1, 7);
		var delay = FIRST_RETRY.multipliedBy(1L << doublings);
		return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
	}

	long getId() {
		if (id == null) {
			throw new IllegalStateException("Message not saved yet");
		}
		return id;
	}

	long getOrderId() {
		return orderId;
	}


	String getPayload() {
		return payload;
	}



}
