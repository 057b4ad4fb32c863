package org.chengguan.caseflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 督办 (R5): a flag on a case with its own due date and level; the unit must answer it in writing. */
@Entity
@Table(name = "caseflow_supervision")
public class Supervision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "case_id")
	private EnforcementCase enforcementCase;

	@Enumerated(EnumType.STRING)
	private SupervisionLevel level;

	private boolean automatic;

	private String reason;

	private Instant dueAt;

	private String raisedBy;

	private Instant raisedAt;

	private @Nullable String reply;

	private @Nullable String repliedBy;

	private @Nullable Instant repliedAt;

	protected Supervision() {
		this.enforcementCase = new EnforcementCase();
		this.level = SupervisionLevel.L1;
		this.reason = "";
		this.dueAt = Instant.EPOCH;
		this.raisedBy = "";
		this.raisedAt = Instant.EPOCH;
	}

	Supervision(EnforcementCase enforcementCase, SupervisionLevel level, boolean automatic, String reason,
			Instant dueAt, String raisedBy, Instant raisedAt) {
		this.enforcementCase = enforcementCase;
		this.level = level;
		this.automatic = automatic;
		this.reason = reason;
		this.dueAt = dueAt;
		this.raisedBy = raisedBy;
		this.raisedAt = raisedAt;
	}

	void answer(String reply, String by, Instant at) {
		if (repliedAt != null) {
			throw new CaseTransitionException("caseflow.error.supervisionAnswered");
		}
		this.reply = reply;
		this.repliedBy = by;
		this.repliedAt = at;
	}

	public @Nullable Long getId() {
		return id;
	}

	public SupervisionLevel getLevel() {
		return level;
	}

	public boolean isAutomatic() {
		return automatic;
	}

	public String getReason() {
		return reason;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public String getRaisedBy() {
		return raisedBy;
	}

	public Instant getRaisedAt() {
		return raisedAt;
	}

	public @Nullable String getReply() {
		return reply;
	}

	public @Nullable String getRepliedBy() {
		return repliedBy;
	}

	public @Nullable Instant getRepliedAt() {
		return repliedAt;
	}

	/** 按时督办: answered by its due date. */
	public boolean isAnsweredOnTime() {
		return repliedAt != null && !repliedAt.isAfter(dueAt);
	}
}
