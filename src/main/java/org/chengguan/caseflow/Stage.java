package org.chengguan.caseflow;

import java.util.EnumSet;
import java.util.Set;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;

/**
 * The timed stages of a case (domain.md §6.5) with their default limits ({@code [PROPOSAL]} there) and the states in
 * which each one runs. 处置 takes its limit from the 立案条件 and runs from dispatch to report-back.
 */
public enum Stage {

	/** 受理: 10 minutes, the centre is staffed 24×7. */
	INTAKE(new Deadline(10, DeadlineUnit.URGENT_MINUTE), EnumSet.of(CaseStatus.REPORTED)),
	/** 核实: 2 工作时; leads from cameras 24 紧急工作时 (Beijing 2019 work plan: checked on site within 24 h). */
	VERIFY(new Deadline(2, DeadlineUnit.WORKING_HOUR), EnumSet.of(CaseStatus.VERIFYING)),
	/** 立案: 30 minutes. */
	REGISTER(new Deadline(30, DeadlineUnit.URGENT_MINUTE), EnumSet.of(CaseStatus.ACCEPTED)),
	/** 派遣: 30 minutes. */
	DISPATCH(new Deadline(30, DeadlineUnit.URGENT_MINUTE), EnumSet.of(CaseStatus.REGISTERED)),
	/** 签收: 1 工作时. */
	SIGN(new Deadline(1, DeadlineUnit.WORKING_HOUR), EnumSet.of(CaseStatus.DISPATCHED)),
	/** 处置: the 立案条件's 处置时限, from dispatch to report-back; paused while held. */
	DISPOSE(new Deadline(1, DeadlineUnit.WORKING_DAY),
			EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.DISPOSING, CaseStatus.HELD)),
	/** 核查: 2 工作时 from report-back to the check result. */
	CHECK(new Deadline(2, DeadlineUnit.WORKING_HOUR), EnumSet.of(CaseStatus.DISPOSED, CaseStatus.CHECKING)),
	/** 结案: 1 工作时. */
	CLOSE(new Deadline(1, DeadlineUnit.WORKING_HOUR), EnumSet.of(CaseStatus.CHECKED));

	static final Deadline CAMERA_VERIFY = new Deadline(24, DeadlineUnit.URGENT_HOUR);

	private final Deadline defaultLimit;

	private final Set<CaseStatus> runningIn;

	Stage(Deadline defaultLimit, Set<CaseStatus> runningIn) {
		this.defaultLimit = defaultLimit;
		this.runningIn = runningIn;
	}

	Deadline defaultLimit() {
		return defaultLimit;
	}

	/** The limit of this stage for a case from {@code source} under the 立案条件's 处置时限, if registered. */
	Deadline limit(org.chengguan.intake.Channel source, java.util.Optional<Deadline> disposeLimit) {
		if (this == VERIFY && source.needsVerification()) {
			return CAMERA_VERIFY;
		}
		return this == DISPOSE ? disposeLimit.orElse(defaultLimit) : defaultLimit;
	}

	/** What the people who act next in this stage hold (they are warned when it runs late). */
	String actorAuthority() {
		return switch (this) {
			case INTAKE -> "case:accept";
			case VERIFY -> "case:verify";
			case REGISTER -> "case:register";
			case DISPATCH -> "case:dispatch";
			case SIGN -> "case:sign";
			case DISPOSE -> "case:dispose";
			case CHECK -> "case:check";
			case CLOSE -> "case:close";
		};
	}

	boolean runsIn(CaseStatus status) {
		return runningIn.contains(status);
	}
}
