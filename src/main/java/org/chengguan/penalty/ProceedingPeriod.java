package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;

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

/** A period of a proceeding with its basis, unit, start and last day; ended when what it waits for happened. */
@Entity
@Table(name = "penalty_period")
public class ProceedingPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "proceeding_id")
	private @Nullable PenaltyProceeding proceeding;

	@Enumerated(EnumType.STRING)
	private PeriodKind kind;

	private String basis;

	private int length;

	@Enumerated(EnumType.STRING)
	private PeriodUnit unit;

	private LocalDate startsOn;

	private LocalDate dueOn;

	private @Nullable Instant endedAt;

	protected ProceedingPeriod() {
		this.kind = PeriodKind.DECISION;
		this.basis = "";
		this.unit = PeriodUnit.NATURAL_DAY;
		this.startsOn = LocalDate.EPOCH;
		this.dueOn = LocalDate.EPOCH;
	}

	ProceedingPeriod(PenaltyProceeding proceeding, PeriodKind kind, String basis, int length, LocalDate startsOn,
			LocalDate dueOn) {
		this.proceeding = proceeding;
		this.kind = kind;
		this.basis = basis;
		this.length = length;
		this.unit = kind.unit();
		this.startsOn = startsOn;
		this.dueOn = dueOn;
	}

	void end(Instant at) {
		if (endedAt == null) {
			endedAt = at;
		}
	}

	/** Whether the period is still running and its last day has passed. */
	public boolean isExpiredOn(LocalDate today) {
		return endedAt == null && today.isAfter(dueOn);
	}

	/** Whether its last day has passed, ended or not (a statement period runs out whatever happened). */
	public boolean isOverOn(LocalDate today) {
		return today.isAfter(dueOn);
	}

	public boolean isRunning() {
		return endedAt == null;
	}

	public PeriodKind getKind() {
		return kind;
	}

	public String getBasis() {
		return basis;
	}

	public int getLength() {
		return length;
	}

	public PeriodUnit getUnit() {
		return unit;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public @Nullable Instant getEndedAt() {
		return endedAt;
	}
}
