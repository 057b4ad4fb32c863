package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.category.Priority;
import org.chengguan.intake.Channel;
import org.chengguan.staff.Actor;
import org.junit.jupiter.api.Test;

/** Who may act, on its own: the rules of {@link ActorRule} over one case, without the web or the database. */
class ActorRuleTests {

	static final long SANITATION = 3;

	static final long SQUAD = 4;

	static final Actor CLERK = new Actor(7, "intake", "受理员");

	static final Actor HANDLER = new Actor(11, "handler", "处置人");

	static final Participant UNIT_MEMBER = new Participant(12, SANITATION, Set.of("case:sign"));

	static final Participant OTHER_UNIT = new Participant(21, SQUAD, Set.of("case:sign", "case:check"));

	int minute;

	Step step(Actor actor, String opinion, Long... photos) {
		return new Step(actor, opinion, List.of(photos), Instant.parse("2026-11-23T02:00:00Z").plus(Duration.ofMinutes(++minute)));
	}

	EnforcementCase dispatched() {
		var c = EnforcementCase.open("AJ20261123000001", new Opening(1, Channel.HOTLINE_12345, 5L, "E06010", false,
				"暴露垃圾", null, EnforcementCaseTests.GRID, Instant.parse("2026-11-23T01:00:00Z"), false, List.of(),
				List.of()), step(CLERK, null), EnforcementCaseTests.CLOCK);
		c.accept(5, "E06010", step(CLERK, null), EnforcementCaseTests.CLOCK);
		c.register(9, Priority.NORMAL, new Deadline(1, DeadlineUnit.WORKING_DAY), step(CLERK, null),
				EnforcementCaseTests.CLOCK);
		c.dispatch(SANITATION, SANITATION, step(CLERK, null), EnforcementCaseTests.CLOCK);
		return c;
	}

	@Test
	void theHandlingUnitsMembersHandleTheCaseAndNoOtherUnit() {
		var c = dispatched();
		assertThat(ActorRule.HANDLING_UNIT.admits(UNIT_MEMBER, c)).isTrue();
		assertThat(ActorRule.HANDLING_UNIT.admits(OTHER_UNIT, c)).isFalse();
		assertThat(ActorRule.DESK.admits(OTHER_UNIT, c)).isTrue();
		assertThat(ActorRule.SYSTEM.admits(UNIT_MEMBER, c)).isFalse();
	}

	@Test
	void whoeverSignedForOrDisposedTheCaseNeverChecksIt() {
		var c = dispatched();
		c.act(CaseAction.SIGN_FOR, step(HANDLER, null), EnforcementCaseTests.CLOCK);
		c.act(CaseAction.REPORT_BACK, step(HANDLER, "已清理", 31L), EnforcementCaseTests.CLOCK);
		c.sendTask(CaseAction.SEND_CHECK, null, step(CLERK, null), EnforcementCaseTests.CLOCK);
		// The handler has moved to a squad since: still the one who did the work.
		var movedHandler = new Participant(HANDLER.id(), SQUAD, Set.of("case:check"));
		assertThat(ActorRule.INDEPENDENT_CHECK.admits(movedHandler, c)).isFalse();
		assertThat(ActorRule.INDEPENDENT_CHECK.admits(UNIT_MEMBER, c)).isFalse();
		assertThat(ActorRule.INDEPENDENT_CHECK.admits(OTHER_UNIT, c)).isTrue();
	}

	@Test
	void aFieldTaskSentToSomeoneIsTheirsAlone() {
		var c = dispatched();
		c.act(CaseAction.SIGN_FOR, step(HANDLER, null), EnforcementCaseTests.CLOCK);
		c.act(CaseAction.REPORT_BACK, step(HANDLER, "已清理", 31L), EnforcementCaseTests.CLOCK);
		c.sendTask(CaseAction.SEND_CHECK, 40L, step(CLERK, null), EnforcementCaseTests.CLOCK);
		assertThat(c.getAssigneeId()).isEqualTo(40L);
		assertThat(ActorRule.INDEPENDENT_CHECK.admits(new Participant(40, SQUAD, Set.of()), c)).isTrue();
		assertThat(ActorRule.INDEPENDENT_CHECK.admits(OTHER_UNIT, c)).isFalse();
		c.act(CaseAction.CHECK_FAIL, step(new Actor(40, "inspector", "监督员"), "仍有垃圾"), EnforcementCaseTests.CLOCK);
		assertThat(c.getAssigneeId()).as("the task ends with its state").isNull();
		assertThat(c.getTransitions().get(c.getTransitions().size() - 2).getAssigneeId()).isEqualTo(40L);
	}

	@Test
	void nobodyDecidesTheirOwnRequestNorTheirUnitsOne() {
		var c = dispatched();
		c.act(CaseAction.SIGN_FOR, step(HANDLER, null), EnforcementCaseTests.CLOCK);
		c.requestHold(LocalDate.of(2027, 1, 10), LocalDate.of(2026, 11, 23), step(CLERK, "待道路改造"),
				EnforcementCaseTests.CLOCK);
		var requester = new Participant(CLERK.id(), 1, Set.of("case:hold"));
		var shiftLeader = new Participant(8, 1, Set.of("case:hold"));
		assertThat(ActorRule.APPROVER.admits(requester, c)).isFalse();
		assertThat(ActorRule.APPROVER.admits(UNIT_MEMBER, c)).isFalse();
		assertThat(ActorRule.APPROVER.admits(shiftLeader, c)).isTrue();
	}

	@Test
	void aCancellationIsAskedByWhoeverWorksTheCase() {
		var c = dispatched();
		assertThat(ActorRule.WORKER.admits(UNIT_MEMBER, c)).isTrue();
		assertThat(ActorRule.WORKER.admits(new Participant(7, 1, Set.of("case:accept")), c)).isTrue();
		assertThat(ActorRule.WORKER.admits(OTHER_UNIT, c)).isFalse();
	}

	@Test
	void onlyTheReporterDisposesTheirOwnReport() {
		var c = dispatched();
		assertThat(ActorRule.REPORTER.admits(new Participant(CLERK.id(), 1, Set.of()), c)).isTrue();
		assertThat(ActorRule.REPORTER.admits(UNIT_MEMBER, c)).isFalse();
	}
}
