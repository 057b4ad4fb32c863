package org.chengguan.penalty;

import java.time.Instant;

import jakarta.persistence.Column;
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

/** One step of a proceeding's timeline (全过程记录, 《行政处罚法》第四十七条): never changed. */
@Entity
@Table(name = "penalty_step")
public class ProceedingStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "proceeding_id")
	private @Nullable PenaltyProceeding proceeding;

	private int seq;

	@Enumerated(EnumType.STRING)
	private ProceedingAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private @Nullable ProceedingStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private ProceedingStatus to;

	private @Nullable Long actorId;

	private String actorName;

	private @Nullable String opinion;

	private Instant at;

	protected ProceedingStep() {
		this.action = ProceedingAction.OPEN;
		this.to = ProceedingStatus.LEAD;
		this.actorName = "";
		this.at = Instant.EPOCH;
	}

	ProceedingStep(PenaltyProceeding proceeding, int seq, ProceedingAction action, @Nullable ProceedingStatus from,
			ProceedingStatus to, Participant actor, @Nullable String opinion, Instant at) {
		this.proceeding = proceeding;
		this.seq = seq;
		this.action = action;
		this.from = from;
		this.to = to;
		// the application acting when a period has run is nobody on the staff
		this.actorId = actor == ProceedingActors.SYSTEM ? null : actor.staffId();
		this.actorName = actor.name();
		this.opinion = opinion;
		this.at = at;
	}

	public int getSeq() {
		return seq;
	}

	public ProceedingAction getAction() {
		return action;
	}

	public @Nullable ProceedingStatus getFrom() {
		return from;
	}

	public ProceedingStatus getTo() {
		return to;
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

	public Instant getAt() {
		return at;
	}
}
