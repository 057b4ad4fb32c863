package org.chengguan.supervision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 申诉: a handling unit asks that a closed case's 处置超时 not count against it. Reviewed twice ({@link AppealAction});
 * approved, the case leaves the adjusted figures and stays in the raw ones.
 */
@Entity
@Table(name = "supervision_appeal")
public class Appeal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long caseId;

	private String caseNumber;

	private long unitId;

	private String reason;

	@Enumerated(EnumType.STRING)
	private AppealStatus status = AppealStatus.SUBMITTED;

	private String submittedBy;

	private Instant submittedAt;

	private @Nullable String firstBy;

	private @Nullable Instant firstAt;

	private @Nullable String firstOpinion;

	private @Nullable String secondBy;

	private @Nullable Instant secondAt;

	private @Nullable String secondOpinion;

	@Version
	private long rowVersion;

	protected Appeal() {
		this.caseNumber = "";
		this.reason = "";
		this.submittedBy = "";
		this.submittedAt = Instant.EPOCH;
	}

	Appeal(long caseId, String caseNumber, long unitId, String reason, String by, Instant at) {
		this.caseId = caseId;
		this.caseNumber = caseNumber;
		this.unitId = unitId;
		this.reason = reason;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	/** One review step with its opinion; the caller checked {@link AppealAction#allows}. */
	void decide(AppealAction action, String by, @Nullable String opinion, Instant at) {
		if (action == AppealAction.FIRST_APPROVE || action == AppealAction.FIRST_REJECT) {
			firstBy = by;
			firstAt = at;
			firstOpinion = opinion;
		}
		else {
			secondBy = by;
			secondAt = at;
			secondOpinion = opinion;
		}
		status = action.target();
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("Appeal not saved yet");
		}
		return id;
	}

	public long getCaseId() {
		return caseId;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getReason() {
		return reason;
	}

	public AppealStatus getStatus() {
		return status;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public @Nullable String getFirstBy() {
		return firstBy;
	}

	public @Nullable String getFirstOpinion() {
		return firstOpinion;
	}

	public @Nullable String getSecondBy() {
		return secondBy;
	}

	public @Nullable String getSecondOpinion() {
		return secondOpinion;
	}

	public long getRowVersion() {
		return rowVersion;
	}
}
