package org.chengguan.credit;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A push or a withdrawal on its way to the credit platform: retried with backoff until it takes it. */
@Entity
@Table(name = "credit_outbox")
class CreditOutboxMessage {

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(2);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long recordId;

	private String kind;

	private String payload;

	private String idempotencyKey;

	private int attempts;

	private Instant nextAttemptAt;

	private @Nullable Instant sentAt;

	private @Nullable String receipt;

	private @Nullable String lastError;

	private Instant createdAt;

	protected CreditOutboxMessage() {
		this.kind = "";
		this.payload = "";
		this.idempotencyKey = "";
		this.nextAttemptAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	CreditOutboxMessage(CreditRecord record, String kind, String payload, Instant at) {
		this.recordId = record.getId();
		this.kind = kind;
		this.payload = payload;
		this.idempotencyKey = "credit-" + kind.toLowerCase(java.util.Locale.ROOT) + "-" + record.getProceedingNumber();
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
		var delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
		nextAttemptAt = at.plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
	}

	long getRecordId() {
		return recordId;
	}

	String getKind() {
		return kind;
	}

	String getPayload() {
		return payload;
	}

	String getIdempotencyKey() {
		return idempotencyKey;
	}

	@Nullable String getReceipt() {
		return receipt;
	}

	@Nullable Instant getSentAt() {
		return sentAt;
	}

	@Nullable String getLastError() {
		return lastError;
	}

	int getAttempts() {
		return attempts;
	}
}
