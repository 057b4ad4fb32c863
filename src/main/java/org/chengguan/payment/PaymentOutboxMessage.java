package org.chengguan.payment;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A payment notice on its way to the bank: retried with backoff until the bank takes it (its receipt kept). */
@Entity
@Table(name = "payment_outbox")
class PaymentOutboxMessage {

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(2);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long noticeId;

	private String kind;

	private String payload;

	private String idempotencyKey;

	private int attempts;

	private Instant nextAttemptAt;

	private @Nullable Instant sentAt;

	private @Nullable String receipt;

	private @Nullable String lastError;

	private Instant createdAt;

	protected PaymentOutboxMessage() {
		this.kind = "";
		this.payload = "";
		this.idempotencyKey = "";
		this.nextAttemptAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	PaymentOutboxMessage(PaymentNotice notice, String payload, Instant at) {
		this.noticeId = notice.getId();
		this.kind = "NOTICE_ISSUED";
		this.payload = payload;
		this.idempotencyKey = "notice-" + notice.getNoticeNo();
		this.nextAttemptAt = at;
		this.createdAt = at;
	}

	void sent(@Nullable String receipt, Instant at) {
		this.sentAt = at;
		this.receipt = receipt == null ? null : receipt.length() > 500 ? receipt.substring(0, 500) : receipt;
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

	String getPayload() {
		return payload;
	}

	String getIdempotencyKey() {
		return idempotencyKey;
	}

	int getAttempts() {
		return attempts;
	}

	@Nullable Instant getSentAt() {
		return sentAt;
	}

	@Nullable String getLastError() {
		return lastError;
	}

	@Nullable String getReceipt() {
		return receipt;
	}

	long getNoticeId() {
		return noticeId;
	}
}
