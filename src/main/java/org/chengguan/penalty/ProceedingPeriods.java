package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The periods of one proceeding: started with their basis, ended when what they wait for happened. */
final class ProceedingPeriods {

	private final PenaltyProceeding owner;

	private final List<ProceedingPeriod> periods;

	ProceedingPeriods(PenaltyProceeding owner, List<ProceedingPeriod> periods) {
		this.owner = owner;
		this.periods = periods;
	}

	void start(PeriodKind kind, int length, LocalDate from, PeriodClock clock) {
		periods.add(new ProceedingPeriod(owner, kind, kind.basis(), length, from,
				clock.lastDay(from, length, kind.workingDays())));
	}

	/** A period whose last day the law's own rules give (moved off a holiday, or counted in months). */
	void start(PeriodKind kind, int length, LocalDate from, LocalDate lastDay) {
		periods.add(new ProceedingPeriod(owner, kind, kind.basis(), length, from, lastDay));
	}

	void end(PeriodKind kind, Instant at) {
		periods.stream().filter(p -> p.getKind() == kind).forEach(p -> p.end(at));
	}

	Optional<ProceedingPeriod> running(PeriodKind kind) {
		return periods.stream().filter(p -> p.getKind() == kind && p.isRunning()).findFirst();
	}

	/** The last period of this kind, running or ended. */
	Optional<ProceedingPeriod> last(PeriodKind kind) {
		return periods.stream().filter(p -> p.getKind() == kind).reduce((first, second) -> second);
	}

	/** Whether a period of this kind has run out by that day. */
	boolean over(PeriodKind kind, LocalDate today) {
		return periods.stream().anyMatch(p -> p.getKind() == kind && p.isOverOn(today));
	}
}
