package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.DueDate;
import org.chengguan.category.Priority;
import org.chengguan.intake.Channel;
import org.chengguan.intake.Place;
import org.chengguan.staff.Actor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case state machine on its own: transitions, guards, counters and stage timers (domain.md §6). */
class EnforcementCaseTests {

	static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

	static final Actor CLERK = new Actor(7, "intake", "受理员");

	/** Every limit counted as plain clock time, so that due instants are easy to check. */
	static final StageClock CLOCK = (from, limit) -> new DueDate(from.plus(switch (limit.unit()) {
		case URGENT_MINUTE -> Duration.ofMinutes(limit.amount());
		case WORKING_DAY, NATURAL_DAY -> Duration.ofDays(limit.amount());
		default -> Duration.ofHours(limit.amount());
	}), false);

	static final Place GRID = new Place(116.4, 39.9, "990101001001001", "990101001001", "990101001", "990101");

	static final Place NOWHERE = Place.NOWHERE;

	int minute;

	Step step(@Nullable String opinion, Long... photos) {
		return new Step(CLERK, opinion, List.of(photos), T0.plus(Duration.ofMinutes(++minute)));
	}

	EnforcementCase report(Channel source, Place place, @Nullable String key, boolean selfDisposed) {
		var opening = new Opening(1, source, key == null ? null : 5L, key, false, "路边暴露垃圾", "和平街 1 号", place, T0,
				selfDisposed, List.of(21L), selfDisposed ? List.of(22L) : List.of());
		return EnforcementCase.open("AJ20261123000001", opening, step(null), CLOCK);
	}

	EnforcementCase registered() {
		var c = report(Channel.HOTLINE_12345, GRID, null, false);
		c.accept(5, "E06010", step(null), CLOCK);
		c.register(9, Priority.NORMAL, new Deadline(2, DeadlineUnit.WORKING_DAY), step(null), CLOCK);
		return c;
	}

	@Test
	void aHotlineReportGoesTheWholeLoopWithItsTimeline() {
		var c = registered();
		c.dispatch(3, 3L, step(null), CLOCK);
		c.act(CaseAction.SIGN_FOR, step(null), CLOCK);
		c.act(CaseAction.REPORT_BACK, step("已清理", 11L), CLOCK);
		c.sendTask(CaseAction.SEND_CHECK, null, step(null), CLOCK);
		c.act(CaseAction.CHECK_PASS, step(null, 12L), CLOCK);
		c.act(CaseAction.CLOSE, step(null), CLOCK);

		assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.getClosedAt()).isNotNull();
		assertThat(c.getTransitions()).extracting(CaseTransition::getAction)
			.containsExactly(CaseAction.REPORT, CaseAction.ACCEPT, CaseAction.REGISTER, CaseAction.DISPATCH,
					CaseAction.SIGN_FOR, CaseAction.REPORT_BACK, CaseAction.SEND_CHECK, CaseAction.CHECK_PASS,
					CaseAction.CLOSE);
		assertThat(c.getTransitions()).extracting(CaseTransition::getSeq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(c.getTransitions().get(5).getEvidenceIds()).containsExactly(11L);
		assertThat(c.getTimers()).allMatch(t -> !t.isRunning());
		assertThat(c.getTimers()).extracting(CaseTimer::getStage)
			.containsExactly(Stage.INTAKE, Stage.REGISTER, Stage.DISPATCH, Stage.SIGN, Stage.DISPOSE, Stage.CHECK,
					Stage.CLOSE);
	}

	@Test
	void theDisposalTimerRunsFromDispatchForTheConditionsLimit() {
		var c = registered();
		c.dispatch(3, 3L, step(null), CLOCK);
		var dispose = c.runningTimer(Stage.DISPOSE).orElseThrow();
		assertThat(dispose.getLimit()).isEqualTo(new Deadline(2, DeadlineUnit.WORKING_DAY));
		assertThat(dispose.getDueAt()).isEqualTo(dispose.getStartedAt().plus(Duration.ofDays(2)));
		assertThat(c.getDisposeDueAt()).isEqualTo(dispose.getDueAt());
		assertThat(c.runningTimer(Stage.SIGN)).isPresent();
	}

	@Test
	void theIntakeTimerIsTenMinutes() {
		var c = report(Channel.OPEN311, GRID, null, false);
		var timer = c.currentTimer().orElseThrow();
		assertThat(timer.getStage()).isEqualTo(Stage.INTAKE);
		assertThat(Duration.between(timer.getStartedAt(), timer.getDueAt())).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void actionsOutsideTheTableAreRefused() {
		var c = report(Channel.HOTLINE_12345, GRID, null, false);
		assertThatThrownBy(() -> c.act(CaseAction.CLOSE, step(null), CLOCK))
			.isInstanceOf(CaseTransitionException.class)
			.hasMessage("caseflow.error.notAllowed");
		assertThatThrownBy(() -> c.act(CaseAction.SIGN_FOR, step(null), CLOCK))
			.isInstanceOf(CaseTransitionException.class);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REPORTED);
		assertThat(c.getTransitions()).hasSize(1);
	}

	@Test
	void acceptingNeedsALocation() {
		var c = report(Channel.HOTLINE_12345, NOWHERE, null, false);
		assertThatThrownBy(() -> c.accept(5, "E06010", step(null), CLOCK)).hasMessage("caseflow.error.notLocated");
		c.relocate(GRID);
		c.accept(5, "E06010", step(null), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.ACCEPTED);
	}

	@Test
	void rejectingReturningAndReworkNeedAnOpinion() {
		var c = report(Channel.HOTLINE_12345, GRID, null, false);
		assertThatThrownBy(() -> c.act(CaseAction.REJECT_INTAKE, step(" "), CLOCK))
			.hasMessage("caseflow.error.opinionRequired");
		c.act(CaseAction.REJECT_INTAKE, step("非城管职责"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REJECTED);
		assertThat(c.getTransitions().get(1).getOpinion()).isEqualTo("非城管职责");
	}

	@Test
	void reportingBackNeedsAnAfterPhoto() {
		var c = registered();
		c.dispatch(3, 3L, step(null), CLOCK);
		c.act(CaseAction.SIGN_FOR, step(null), CLOCK);
		assertThatThrownBy(() -> c.act(CaseAction.REPORT_BACK, step("已处理"), CLOCK))
			.hasMessage("caseflow.error.photoRequired");
	}

	@Test
	void dispatchingAgainstTheRoutingNeedsAReason() {
		var c = registered();
		assertThatThrownBy(() -> c.dispatch(4, 3L, step(null), CLOCK)).hasMessage("caseflow.error.overrideReason");
		c.dispatch(4, 3L, step("该路段由环卫所负责"), CLOCK);
		assertThat(c.getUnitId()).isEqualTo(4L);
	}

	@Test
	void afterTwoReturnsTheUnitIsDesignatedAndCannotReturnAgain() {
		var c = registered();
		for (int i = 0; i < 2; i++) {
			c.dispatch(3, 3L, step(null), CLOCK);
			c.act(CaseAction.RETURN, step("非本单位职责"), CLOCK);
			assertThat(c.getStatus()).isEqualTo(CaseStatus.REGISTERED);
			assertThat(c.getUnitId()).isNull();
		}
		assertThat(c.getDisposal().getReturnCount()).isEqualTo(2);
		c.dispatch(3, 3L, step(null), CLOCK);
		assertThat(c.getDisposal().isDesignated()).isTrue();
		assertThatThrownBy(() -> c.act(CaseAction.RETURN, step("非本单位职责"), CLOCK))
			.hasMessage("caseflow.error.designated");
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
	}

	@Test
	void reworkGoesBackToTheUnitWithTheSameDeadline() {
		var c = registered();
		c.dispatch(3, 3L, step(null), CLOCK);
		var due = c.getDisposeDueAt();
		c.act(CaseAction.SIGN_FOR, step(null), CLOCK);
		c.act(CaseAction.REPORT_BACK, step("已清理", 11L), CLOCK);
		c.sendTask(CaseAction.SEND_CHECK, null, step(null), CLOCK);
		c.act(CaseAction.CHECK_FAIL, step("仍有垃圾"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DISPOSING);
		assertThat(c.getDisposal().getReworkCount()).isEqualTo(1);
		assertThat(c.runningTimer(Stage.DISPOSE).orElseThrow().getDueAt()).isEqualTo(due);
		assertThat(c.getTimers().stream().filter(t -> t.getStage() == Stage.DISPOSE)).hasSize(2);
	}

	@Test
	void cameraAlarmsAreVerifiedFirstWithinTwentyFourHours() {
		var c = report(Channel.VIDEO_AI, GRID, "E06010", false);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.VERIFYING);
		var timer = c.runningTimer(Stage.VERIFY).orElseThrow();
		assertThat(Duration.between(timer.getStartedAt(), timer.getDueAt())).isEqualTo(Duration.ofHours(24));
		c.act(CaseAction.VERIFY_FAIL, step("误报：现场无垃圾"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECLINED);
	}

	@Test
	void patrolReportsArriveAcceptedAndSelfDisposedOnesCloseAtOnce() {
		assertThat(report(Channel.PATROL, GRID, "E06010", false).getStatus()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(report(Channel.PATROL, NOWHERE, "E06010", false).getStatus()).isEqualTo(CaseStatus.REPORTED);
		var fixed = report(Channel.PATROL, GRID, "E06010", true);
		assertThat(fixed.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(fixed.getDisposal().isSelfDisposed()).isTrue();
		assertThat(fixed.getTransitions()).extracting(CaseTransition::getAction)
			.containsExactly(CaseAction.REPORT, CaseAction.SELF_DISPOSE);
		assertThat(fixed.getTransitions().get(1).getEvidenceIds()).containsExactly(22L);
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = { "CLOSED", "REJECTED", "DECLINED", "CANCELLED", "MERGED" })
	void terminalStatesAcceptNoPersonsAction(CaseStatus terminal) {
		for (var action : CaseAction.values()) {
			// Only a platform reopens a finished case — a 不满意 回访 a closed one, a refused 退单 a declined one (§7) —
			// never a person on the case page.
			var reopening = action == CaseAction.REOPEN && terminal == CaseStatus.CLOSED
					|| action == CaseAction.RETURN_REFUSED && terminal == CaseStatus.REJECTED;
			assertThat(action.allowedFrom(terminal)).as(action.name()).isEqualTo(reopening);
			assertThat(reopening && action.isManual()).isFalse();
		}
	}

	@Test
	void aRefusedReturnPutsTheDeclinedCaseBackInTheIntakeQueue() {
		var c = report(Channel.HOTLINE_12345, GRID, null, false);
		c.act(CaseAction.REJECT_INTAKE, step("不属于城管职责"), CLOCK);
		assertThatThrownBy(() -> c.platformAnswered(CaseAction.RETURN_REFUSED, step(null), CLOCK)).isInstanceOf(CaseTransitionException.class);
		c.platformAnswered(CaseAction.RETURN_REFUSED, step("属于城管职责"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REPORTED);
		assertThat(c.runningTimer(Stage.INTAKE)).isPresent();
		assertThat(c.getTransitions()).extracting(CaseTransition::getAction)
			.containsExactly(CaseAction.REPORT, CaseAction.REJECT_INTAKE, CaseAction.RETURN_REFUSED);
	}

	@Test
	void aReopenedCaseGoesBackToItsUnitOnTheNewLimit() {
		var c = registered();
		c.dispatch(7, 7L, step(null), CLOCK);
		c.act(CaseAction.SIGN_FOR, step(null), CLOCK);
		c.act(CaseAction.REPORT_BACK, step("已清理", 1L), CLOCK);
		c.sendTask(CaseAction.SEND_CHECK, null, step(null), CLOCK);
		c.act(CaseAction.CHECK_PASS, step(null, 2L), CLOCK);
		c.act(CaseAction.CLOSE, step(null), CLOCK);
		assertThatThrownBy(() -> c.act(CaseAction.REOPEN, step("不满意"), CLOCK))
			.isInstanceOf(IllegalArgumentException.class);

		c.reopen(new Deadline(5, DeadlineUnit.WORKING_DAY), step("垃圾仍未清运"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DISPOSING);
		assertThat(c.getUnitId()).isEqualTo(7L);
		assertThat(c.runningTimer(Stage.DISPOSE)).get()
			.satisfies(t -> assertThat(t.getLimit()).isEqualTo(new Deadline(5, DeadlineUnit.WORKING_DAY)));
	}

	@Test
	void cancellingNeedsAReasonAndStopsTheClock() {
		var c = registered();
		c.act(CaseAction.CANCEL, step("测试数据"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.CANCELLED);
		assertThat(c.currentTimer()).isEmpty();
	}

	EnforcementCase disposing() {
		var c = registered();
		c.dispatch(3, 3L, step(null), CLOCK);
		c.act(CaseAction.SIGN_FOR, step(null), CLOCK);
		return c;
	}

	static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	@Test
	void anExtensionAsksForADateAtMostOneLimitLaterAndTheApproverMayGrantLess() {
		var c = disposing();
		var due = c.getDisposeDueAt();
		var latest = due.plus(Duration.ofDays(2));
		assertThatThrownBy(() -> c.approveExtension(DAY, new DueDate(due.plus(Duration.ofDays(1)), false),
				step(null), CLOCK)).hasMessage("caseflow.error.noRequest");
		assertThatThrownBy(() -> c.requestExtension(DAY, latest.plusSeconds(1), latest, step("连续降雨"), CLOCK))
			.hasMessage("caseflow.error.extensionUntil");
		assertThatThrownBy(() -> c.requestExtension(DAY, due, latest, step("连续降雨"), CLOCK))
			.hasMessage("caseflow.error.extensionUntil");

		c.requestExtension(DAY.plusDays(2), latest, latest, step("连续降雨，无法施工"), CLOCK);
		assertThat(c.getRequest().kind()).isEqualTo(PendingRequest.EXTENSION);
		assertThat(c.getRequest().until()).isEqualTo(DAY.plusDays(2));
		assertThat(c.offers(CaseAction.EXTEND_APPROVE)).isTrue();
		assertThatThrownBy(() -> c.act(CaseAction.CANCEL_REQUEST, step("重复"), CLOCK))
			.hasMessage("caseflow.error.requestPending");
		assertThatThrownBy(() -> c.approveExtension(DAY.plusDays(3), new DueDate(latest.plus(Duration.ofDays(1)),
				false), step(null), CLOCK)).hasMessage("caseflow.error.extensionGranted");
		var granted = due.plus(Duration.ofDays(1));
		c.approveExtension(DAY.plusDays(1), new DueDate(granted, false), step("同意延期一天"), CLOCK);
		assertThat(c.getDisposeDueAt()).isEqualTo(granted);
		assertThat(c.runningTimer(Stage.DISPOSE).orElseThrow().getDueAt()).isEqualTo(granted);
		assertThat(c.getDisposal().getExtensionCount()).isEqualTo(1);
		assertThat(c.getRequest()).isNull();

		var later = granted.plus(Duration.ofDays(1));
		c.requestExtension(DAY.plusDays(2), later, later, step("再次延期"), CLOCK);
		c.act(CaseAction.EXTEND_REJECT, step("理由不充分"), CLOCK);
		c.requestExtension(DAY.plusDays(2), later, later, step("材料未到"), CLOCK);
		c.approveExtension(DAY.plusDays(2), new DueDate(later, false), step(null), CLOCK);
		assertThat(c.getDisposal().getExtensionCount()).isEqualTo(2);
		assertThat(c.offers(CaseAction.EXTEND_REQUEST)).isFalse();
		assertThatThrownBy(() -> c.requestExtension(DAY.plusDays(4), later.plus(Duration.ofDays(1)),
				later.plus(Duration.ofDays(2)), step("第三次"), CLOCK)).hasMessage("caseflow.error.extensionMax");
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DISPOSING);
	}

	@Test
	void anExtensionIsRequestedBeforeTheDeadline() {
		var c = disposing();
		var due = c.getDisposeDueAt();
		var late = new Step(CLERK, "来不及了", List.of(), due.plusSeconds(1));
		assertThatThrownBy(() -> c.requestExtension(DAY, due.plus(Duration.ofDays(1)), due.plus(Duration.ofDays(2)),
				late, CLOCK)).hasMessage("caseflow.error.extensionLate");
		assertThat(c.getRequest()).isNull();
	}

	@Test
	void aHeldCasePausesItsClockWithinAYearAndResumesWithWhatWasLeft() {
		var c = disposing();
		var today = java.time.LocalDate.of(2026, 11, 23);
		assertThatThrownBy(() -> c.requestHold(today.plusYears(1).plusDays(1), today, step("待拆迁"), CLOCK))
			.hasMessage("caseflow.error.holdUntil");
		assertThatThrownBy(() -> c.requestHold(today, today, step("待拆迁"), CLOCK))
			.hasMessage("caseflow.error.holdUntil");
		c.requestHold(today.plusMonths(3), today, step("待拆迁后一并整治"), CLOCK);
		c.approveHold(step(null), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.HELD);
		assertThat(c.getDisposal().getHoldUntil()).isEqualTo(today.plusMonths(3));
		var timer = c.runningTimer(Stage.DISPOSE).orElseThrow();
		var pausedAt = timer.getPausedAt();
		var left = Duration.between(pausedAt, timer.getDueAt());

		var resumedAt = pausedAt.plus(Duration.ofDays(30));
		c.resume(new Step(CLERK, null, List.of(), resumedAt), CLOCK,
				(due, paused, resumed, unit) -> new DueDate(resumed.plus(Duration.between(paused, due)), false));
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DISPOSING);
		assertThat(timer.getPausedAt()).isNull();
		assertThat(timer.getDueAt()).isEqualTo(resumedAt.plus(left));
		assertThat(c.getDisposeDueAt()).isEqualTo(timer.getDueAt());
		assertThat(c.getDisposal().getHoldUntil()).isNull();
	}

	@Test
	void aCancellationIsRequestedAndTheShiftLeaderDecides() {
		var c = registered();
		assertThat(c.offers(CaseAction.CANCEL_REJECT)).isFalse();
		c.act(CaseAction.CANCEL_REQUEST, step("重复录入"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.REGISTERED);
		assertThat(c.offers(CaseAction.CANCEL_REJECT)).isTrue();
		c.act(CaseAction.CANCEL_REJECT, step("不属于重复"), CLOCK);
		assertThat(c.getRequest()).isNull();
		c.act(CaseAction.CANCEL_REQUEST, step("确属重复录入"), CLOCK);
		c.act(CaseAction.CANCEL, step("同意作废"), CLOCK);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.CANCELLED);
		assertThat(c.getRequest()).isNull();
	}
}
