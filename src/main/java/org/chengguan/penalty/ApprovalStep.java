package org.chengguan.penalty;

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

/** One decision at a node of the route: who, when, what, with the opinion (and a 法制审核's checklist). */
@Entity
@Table(name = "penalty_approval")
public class ApprovalStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "proceeding_id")
	private @Nullable PenaltyProceeding proceeding;

	private int round;

	@Enumerated(EnumType.STRING)
	private ApprovalLevel level;

	@Enumerated(EnumType.STRING)
	private ApprovalDecision decision;

	private long approverId;

	private String approverName;

	private @Nullable String opinion;

	private Instant at;

	private @Nullable String checklist;

	protected ApprovalStep() {
		this.level = ApprovalLevel.SQUAD_REVIEW;
		this.decision = ApprovalDecision.APPROVED;
		this.approverName = "";
		this.at = Instant.EPOCH;
	}

	ApprovalStep(PenaltyProceeding proceeding, int round, ApprovalLevel level, ApprovalDecision decision,
			Participant approver, @Nullable String opinion, @Nullable String checklist, Instant at) {
		this.proceeding = proceeding;
		this.round = round;
		this.level = level;
		this.decision = decision;
		this.approverId = approver.staffId();
		this.approverName = approver.name();
		this.opinion = opinion;
		this.checklist = checklist;
		this.at = at;
	}

	public int getRound() {
		return round;
	}

	public ApprovalLevel getLevel() {
		return level;
	}

	public ApprovalDecision getDecision() {
		return decision;
	}

	public long getApproverId() {
		return approverId;
	}

	public String getApproverName() {
		return approverName;
	}

	public @Nullable String getOpinion() {
		return opinion;
	}

	public Instant getAt() {
		return at;
	}

	public @Nullable String getChecklist() {
		return checklist;
	}
}
