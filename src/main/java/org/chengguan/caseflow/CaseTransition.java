package org.chengguan.caseflow;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

/** One step on a case's timeline: who did what, when, with which opinion and photos. Never changed. */
@Entity
@Table(name = "caseflow_transition")
public class CaseTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "case_id")
	private EnforcementCase enforcementCase;

	private int seq;

	@Enumerated(EnumType.STRING)
	private CaseAction action;

	@Enumerated(EnumType.STRING)
	private @Nullable CaseStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private CaseStatus toStatus;

	private @Nullable Long actorId;

	private String actorName;

	private @Nullable String opinion;

	private Long[] evidenceIds;

	private @Nullable Long assigneeId;

	private Instant at;

	protected CaseTransition() {
		this.enforcementCase = new EnforcementCase();
		this.action = CaseAction.REPORT;
		this.toStatus = CaseStatus.REPORTED;
		this.actorName = "";
		this.evidenceIds = new Long[0];
		this.at = Instant.EPOCH;
	}

	CaseTransition(EnforcementCase enforcementCase, int seq, CaseAction action, @Nullable CaseStatus fromStatus,
			CaseStatus toStatus, Step step, @Nullable Long assigneeId) {
		this.enforcementCase = enforcementCase;
		this.seq = seq;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.actorId = step.actor().id() > 0 ? step.actor().id() : null;
		this.actorName = step.actor().name();
		this.opinion = step.opinion();
		this.evidenceIds = step.evidenceIds().toArray(Long[]::new);
		this.at = step.at();
		this.assigneeId = assigneeId;
	}

	public int getSeq() {
		return seq;
	}

	public CaseAction getAction() {
		return action;
	}

	public @Nullable CaseStatus getFromStatus() {
		return fromStatus;
	}

	public CaseStatus getToStatus() {
		return toStatus;
	}

	public @Nullable Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public @Nullable String getOpinion() {
		return opinion;
	}

	public List<Long> getEvidenceIds() {
		return Arrays.asList(evidenceIds);
	}

	/** The person a 核实 or 核查 task was sent to. */
	public @Nullable Long getAssigneeId() {
		return assigneeId;
	}

	public Instant getAt() {
		return at;
	}
}
