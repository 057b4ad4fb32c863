package org.chengguan.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.penalty.Disclosable;
import org.jspecify.annotations.Nullable;

/**
 * One decision to publish: what the public list shows of it, when it is due, and its published PDF (with SHA-256),
 * or the reason it was withdrawn.
 */
@Entity
@Table(name = "disclosure_notice")
public class DisclosureNotice {

	public enum Status {
		/** 待公示. */
		PENDING,
		/** 已公示. */
		PUBLISHED,
		/** 已撤回 (with the reason). */
		WITHDRAWN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long proceedingId;

	private String proceedingNumber;

	private String decisionNumber;

	private String partyShown;

	private String violation;

	private String penalty;

	private LocalDate decidedOn;

	private LocalDate publishDue;

	@Enumerated(EnumType.STRING)
	private Status status;

	private @Nullable Instant publishedAt;

	private @Nullable String publishedBy;

	private @Nullable Long evidenceId;

	private @Nullable String sha256;

	private @Nullable LocalDate withdrawDue;

	private @Nullable Instant withdrawnAt;

	private @Nullable String withdrawnBy;

	private @Nullable String withdrawReason;

	private Instant createdAt;

	@Version
	private long version;

	protected DisclosureNotice() {
		this.proceedingNumber = "";
		this.decisionNumber = "";
		this.partyShown = "";
		this.violation = "";
		this.penalty = "";
		this.decidedOn = LocalDate.EPOCH;
		this.publishDue = LocalDate.EPOCH;
		this.status = Status.PENDING;
		this.createdAt = Instant.EPOCH;
	}

	DisclosureNotice(Disclosable decision, String penalty, LocalDate publishDue, Instant at) {
		this.proceedingId = decision.proceedingId();
		this.proceedingNumber = decision.proceedingNumber();
		this.decisionNumber = decision.decisionNumber();
		this.partyShown = decision.party();
		this.violation = decision.violation().length() > 500 ? decision.violation().substring(0, 500)
				: decision.violation();
		this.penalty = penalty;
		this.decidedOn = decision.decidedOn();
		this.publishDue = publishDue;
		this.status = Status.PENDING;
		this.createdAt = at;
	}

	void published(long evidenceId, String sha256, String by, Instant at) {
		if (status != Status.PENDING) {
			throw new DisclosureRuleException("disclosure.error.notPending");
		}
		this.status = Status.PUBLISHED;
		this.evidenceId = evidenceId;
		this.sha256 = sha256;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	/** The decision was changed, revoked or found illegal: withdraw it by this day (第四十八条第二款：三日内撤回). */
	void withdrawBy(LocalDate due) {
		if (status != Status.WITHDRAWN && withdrawDue == null) {
			this.withdrawDue = due;
		}
	}

	void withdrawn(String reason, String by, Instant at) {
		if (status != Status.PUBLISHED) {
			throw new DisclosureRuleException("disclosure.error.notPublished");
		}
		if (reason.isBlank()) {
			throw new DisclosureRuleException("disclosure.error.reasonRequired");
		}
		this.status = Status.WITHDRAWN;
		this.withdrawReason = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
		this.withdrawnBy = by;
		this.withdrawnAt = at;
	}

	public boolean isOverdue(LocalDate today) {
		return status == Status.PENDING && today.isAfter(publishDue)
				|| status == Status.PUBLISHED && withdrawDue != null && today.isAfter(withdrawDue);
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public long getProceedingId() {
		return proceedingId;
	}

	public String getProceedingNumber() {
		return proceedingNumber;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public String getPartyShown() {
		return partyShown;
	}

	public String getViolation() {
		return violation;
	}

	public String getPenalty() {
		return penalty;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public LocalDate getPublishDue() {
		return publishDue;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public @Nullable String getPublishedBy() {
		return publishedBy;
	}

	public @Nullable Long getEvidenceId() {
		return evidenceId;
	}

	public @Nullable String getSha256() {
		return sha256;
	}

	public @Nullable LocalDate getWithdrawDue() {
		return withdrawDue;
	}

	public @Nullable Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public @Nullable String getWithdrawReason() {
		return withdrawReason;
	}

	public long getVersion() {
		return version;
	}
}
