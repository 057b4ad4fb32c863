package org.chengguan.system;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * A message on its way to an outside platform (the bank, the credit platform): its JSON and its
 * {@code Idempotency-Key}, retried with backoff — 1 minute doubling to 2 hours — until the platform takes it, whose
 * answer is kept as the receipt. Each module's outbox table maps it with what the message is of.
 */
@MappedSuperclass
public abstract class OutboxEntry {

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(2);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String kind;

	private String payload;

	private String idempotencyKey;

	private int attempts;

	private Instant nextAttemptAt;

	private @Nullable Instant sentAt;

	private @Nullable String receipt;

	private @Nullable String lastError;

	private Instant createdAt;

	protected OutboxEntry() {
		this.kind = "";
		this.payload = "";
		this.idempotencyKey = "";
		this.nextAttemptAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	protected OutboxEntry(String kind, String payload, String idempotencyKey, Instant at) {
		this.kind = kind;
		this.payload = payload;
		this.idempotencyKey = idempotencyKey;
		this.nextAttemptAt = at;
		this.createdAt = at;
	}

	void sent(@Nullable String answer, Instant at) {
		this.sentAt = at;
		this.receipt = answer == null ? null : answer.length() > 500 ? answer.substring(0, 500) : answer;
		this.lastError = null;
	}

	void failed(String error, Instant at) {
		attempts++;
		lastError = error.length() > 500 ? error.substring(0, 500) : error;
		nextAttemptAt = at.plus(backoff(attempts));
	}

	static Duration backoff(int attempts) {
		var delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
		return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
	}

	public String getKind() {
		return kind;
	}

	public String getPayload() {
		return payload;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public int getAttempts() {
		return attempts;
	}

	public @Nullable Instant getSentAt() {
		return sentAt;
	}

	public @Nullable String getReceipt() {
		return receipt;
	}

	public @Nullable String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
