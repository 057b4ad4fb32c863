package org.chengguan.caseflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DueDate;
import org.jspecify.annotations.Nullable;

/**
 * A case's stage clocks (domain.md §6.5): one {@link CaseTimer} per stage run, started when the case enters a state
 * the stage runs in and stopped when it leaves; kept after stopping. The 处置 clock carries the case's deadline across
 * 返工 (R4), 延期 (R1) and 挂账 (R2).
 */
@Embeddable
class StageTimers {

	@OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<CaseTimer> timers = new ArrayList<>();

	/** The highest warning level of the running stages, kept on the case for the desks and searches. */
	@Enumerated(EnumType.STRING)
	private OverdueLevel overdueLevel = OverdueLevel.NORMAL;

	/** The running stage due first and its due time, kept on the case so that the desks sort by them. */
	@Enumerated(EnumType.STRING)
	private @Nullable Stage currentStage;

	private @Nullable Instant stageDueAt;

	/**
	 * Stops the clocks of stages that do not run in {@code to} and starts those that do and are not running; the 处置
	 * clock restarts on {@code disposeDueAt} when one is set (返工 goes back with the same deadline). Returns the 处置
	 * deadline after the move.
	 */
	@Nullable Instant enter(EnforcementCase owner, CaseStatus to, Instant at, @Nullable Instant disposeDueAt,
			Function<Stage, Deadline> limits, StageClock clock) {
		for (var timer : timers) {
			if (timer.isRunning() && !timer.getStage().runsIn(to)) {
				timer.stop(at);
			}
		}
		var disposeDue = disposeDueAt;
		for (var stage : Stage.values()) {
			if (stage.runsIn(to) && running(stage).isEmpty()) {
				var limit = limits.apply(stage);
				var due = stage == Stage.DISPOSE && disposeDueAt != null ? new DueDate(disposeDueAt, false)
						: clock.due(at, limit);
				if (stage == Stage.DISPOSE) {
					disposeDue = due.at();
				}
				timers.add(new CaseTimer(owner, stage, limit, at, due));
			}
		}
		refresh();
		return disposeDue;
	}

	/** R1: the 处置 clock runs to the granted deadline. */
	void extendDisposal(DueDate granted) {
		running(Stage.DISPOSE).ifPresent(t -> t.extendTo(granted));
	}

	/** R2: the 处置 clock stops while the case is held. */
	void pauseDisposal(Instant at) {
		running(Stage.DISPOSE).ifPresent(t -> t.pause(at));
	}

	/** R2: the 处置 clock runs again with what was left at the pause; the new deadline, if it was running. */
	Optional<Instant> resumeDisposal(Instant at, Resumption resumption) {
		return running(Stage.DISPOSE).map(t -> {
			var due = resumption.resume(t.getDueAt(), java.util.Objects.requireNonNull(t.getPausedAt()), at,
					t.getLimit().unit());
			t.resume(due);
			return due.at();
		});
	}

	Optional<CaseTimer> running(Stage stage) {
		return timers.stream().filter(t -> t.getStage() == stage && t.isRunning()).findFirst();
	}

	/** The running stage due first: the one a desk shows. */
	Optional<CaseTimer> current() {
		return timers.stream().filter(CaseTimer::isRunning).min(Comparator.comparing(CaseTimer::getDueAt));
	}

	/**
	 * The timer job found a running stage at a higher level (§6.6). False when the timer was already there.
	 */
	boolean escalate(CaseTimer timer, OverdueLevel level) {
		if (!timer.isRunning() || !timer.raise(level)) {
			return false;
		}
		refresh();
		return true;
	}

	/** The level and the current stage follow the clocks. */
	private void refresh() {
		overdueLevel = level();
		var current = current();
		currentStage = current.map(CaseTimer::getStage).orElse(null);
		stageDueAt = current.map(CaseTimer::getDueAt).orElse(null);
	}

	OverdueLevel overdueLevel() {
		return overdueLevel;
	}

	private OverdueLevel level() {
		return timers.stream()
			.filter(CaseTimer::isRunning)
			.map(CaseTimer::getLevel)
			.max(Comparator.naturalOrder())
			.orElse(OverdueLevel.NORMAL);
	}

	List<CaseTimer> all() {
		return List.copyOf(timers);
	}
}
