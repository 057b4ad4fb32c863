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
import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.DueDate;
import org.jspecify.annotations.Nullable;

/** One stage's clock: its limit, when it started and is due, and when it stopped. Kept after stopping. */
@Entity
@Table(name = "caseflow_timer")
public class CaseTimer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "case_id")
	private EnforcementCase enforcementCase;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private int limitAmount;

	@Enumerated(EnumType.STRING)
	private DeadlineUnit limitUnit;

	private Instant startedAt;

	private Instant dueAt;

	private boolean provisional;

	private @Nullable Instant pausedAt;

	private @Nullable Instant stoppedAt;

	@Enumerated(EnumType.STRING)
	private OverdueLevel level = OverdueLevel.NORMAL;

	protected CaseTimer() {
		this.enforcementCase = new EnforcementCase();
		this.stage = Stage.INTAKE;
		this.limitUnit = DeadlineUnit.URGENT_MINUTE;
		this.startedAt = Instant.EPOCH;
		this.dueAt = Instant.EPOCH;
	}

	CaseTimer(EnforcementCase enforcementCase, Stage stage, Deadline limit, Instant startedAt, DueDate due) {
		this.enforcementCase = enforcementCase;
		this.stage = stage;
		this.limitAmount = limit.amount();
		this.limitUnit = limit.unit();
		this.startedAt = startedAt;
		this.dueAt = due.at();
		this.provisional = due.provisional();
	}

	/** R1: a later due instant; the warning level starts over against it. */
	void extendTo(DueDate due) {
		dueAt = due.at();
		provisional = due.provisional();
		level = OverdueLevel.NORMAL;
	}

	/** R2: the clock stops while the case is held. */
	void pause(Instant at) {
		pausedAt = at;
	}

	/** R2: the clock runs again with what was left of the limit. */
	void resume(DueDate due) {
		pausedAt = null;
		dueAt = due.at();
		provisional = due.provisional();
	}

	/** Takes a higher level; false when the timer is already there or beyond. */
	boolean raise(OverdueLevel to) {
		if (to.compareTo(level) <= 0) {
			return false;
		}
		level = to;
		return true;
	}

	public @Nullable Long getId() {
		return id;
	}

	void stop(Instant at) {
		this.stoppedAt = at;
	}

	public boolean isRunning() {
		return stoppedAt == null;
	}

	public boolean isOverdue(Instant now) {
		return (stoppedAt == null ? now : stoppedAt).isAfter(dueAt);
	}

	public Stage getStage() {
		return stage;
	}

	public Deadline getLimit() {
		return new Deadline(limitAmount, limitUnit);
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public boolean isProvisional() {
		return provisional;
	}

	public @Nullable Instant getPausedAt() {
		return pausedAt;
	}

	public @Nullable Instant getStoppedAt() {
		return stoppedAt;
	}

	public OverdueLevel getLevel() {
		return level;
	}
}
