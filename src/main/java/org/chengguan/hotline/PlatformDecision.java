package org.chengguan.hotline;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** What the platform decided on one of our requests: kept once per order and request. */
@Entity
@Table(name = "hotline_decision")
class PlatformDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long orderId;

	@Enumerated(EnumType.STRING)
	private Decision.Request request;

	private boolean approved;

	private @Nullable String reason;

	private @Nullable Instant replyDue;

	private Instant decidedAt;

	private Instant receivedAt;

	protected PlatformDecision() {
		this.request = Decision.Request.RETURN;
		this.decidedAt = Instant.EPOCH;
		this.receivedAt = Instant.EPOCH;
	}

	PlatformDecision(long orderId, Decision decision, Instant receivedAt) {
		this.orderId = orderId;
		this.request = decision.request();
		this.approved = decision.approved();
		this.reason = decision.reason();
		this.replyDue = decision.replyDue() == null ? null : decision.replyDue().toInstant();
		this.decidedAt = decision.decidedAt().toInstant();
		this.receivedAt = receivedAt;
	}

	/** Whether {@code again} is a resend of this decision (then it is answered as before, nothing changes). */
	boolean sameAs(Decision again) {
		return approved == again.approved() && decidedAt.equals(again.decidedAt().toInstant())
				&& Objects.equals(reason, again.reason());
	}
}
