package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.caseflow.CaseFact;
import org.chengguan.caseflow.CaseStatus;
import org.chengguan.hotline.HotlineFact;
import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What of a case counts for which indicator (domain.md §9.1). */
class CaseCountTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A case that went through every stage on time, in {@code status}. */
	static CaseFact fact(CaseStatus status, Channel source, boolean dispatched, @Nullable Boolean disposeOnTime) {
		return new CaseFact(7, Instant.parse("2026-11-30T16:30:00Z"), source, "E06010", "990101", "990101001",
				"990101001001", "990101001001001", dispatched ? 3L : null, status, false, true, true, dispatched,
				false, false, false, false, false, true, 4, true, dispatched ? Boolean.TRUE : null, null,
				disposeOnTime, 125, false);
	}

	static Tally count(CaseFact fact) {
		return CaseCount.of(fact, HotlineFact.none(fact.caseId()), ZONE).tally();
	}

	@Test
	void aCaseBelongsToTheDayItWasReceivedOnInTheBureausZone() {
		var count = CaseCount.of(fact(CaseStatus.CLOSED, Channel.PATROL, true, true), HotlineFact.none(7), ZONE);
		// 2026-11-30T16:30Z is 00:30 on 1 December in Beijing
		assertThat(count.receivedDay()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aClosedCaseDisposedLateIsClosedButNotOnTime() {
		var late = count(fact(CaseStatus.CLOSED, Channel.HOTLINE_12345, true, false));
		assertThat(late.closed()).isEqualTo(1);
		assertThat(late.closedOnTime()).isZero();
		assertThat(late.disposed()).isEqualTo(1);
		assertThat(late.disposedOnTime()).isZero();
		assertThat(late.disposeMinutes()).isEqualTo(125);
	}

	@Test
	void aSelfDisposedCaseIsRegisteredAndClosedOnTimeButNeverDispatchedOrDisposedByAUnit() {
		var base = fact(CaseStatus.CLOSED, Channel.PATROL, false, null);
		var self = count(new CaseFact(7, base.receivedAt(), Channel.PATROL, "E06010", null, null, null, null, null,
				CaseStatus.CLOSED, true, false, false, false, false, false, false, false, false, true, 1, null, null,
				null, null, 0, false));
		assertThat(self).extracting(Tally::reported, Tally::registered, Tally::registeredOnTime, Tally::closed,
				Tally::closedOnTime, Tally::selfDisposed, Tally::patrolFound)
			.containsOnly(1L);
		assertThat(self).extracting(Tally::dispatched, Tally::disposed, Tally::disposeCount).containsOnly(0L);
		assertThat(self.dueToDispose()).isZero();
		assertThat(self.dueToClose()).isEqualTo(1);
	}

	@Test
	void aCancelledCaseLeavesBothDenominatorsWhetherDispatchedOrNot() {
		var dispatched = count(fact(CaseStatus.CANCELLED, Channel.PATROL, true, null));
		assertThat(dispatched.dueToClose()).isZero();
		assertThat(dispatched.dueToDispose()).isZero();
		var notDispatched = count(fact(CaseStatus.CANCELLED, Channel.PATROL, false, null));
		assertThat(notDispatched.dueToClose()).isZero();
		assertThat(notDispatched.dispatchedCancelled()).isZero();
	}

	@Test
	void aHeldCaseIsOutOfTheDenominatorsWhileHeld() {
		var held = count(fact(CaseStatus.HELD, Channel.PATROL, true, null));
		assertThat(held.onHold()).isEqualTo(1);
		assertThat(held.dueToClose()).isZero();
		assertThat(held.dueToDispose()).isZero();
	}

	@Test
	void aMergedDuplicateCountsOnlyAsACaseReceived() {
		var merged = count(fact(CaseStatus.MERGED, Channel.HOTLINE_12345, false, null));
		assertThat(merged).isEqualTo(IndicatorTests.tally("cases=1"));
	}

	@Test
	void onlyPatrolFindsCountAsTheBureausOwnDiscovery() {
		assertThat(count(fact(CaseStatus.REGISTERED, Channel.PATROL, false, null)).patrolFound()).isEqualTo(1);
		assertThat(count(fact(CaseStatus.REGISTERED, Channel.HOTLINE_12345, false, null)).patrolFound()).isZero();
		assertThat(count(fact(CaseStatus.REGISTERED, Channel.VIDEO_AI, false, null)).patrolFound()).isZero();
	}

	@Test
	void theWorkOrdersOfTheCaseComeWithIt() {
		var fact = fact(CaseStatus.CLOSED, Channel.HOTLINE_12345, true, true);
		var tally = CaseCount.of(fact, new HotlineFact(7, 2, 1, 2, 1, 1, 1, 0, 1), ZONE).tally();
		assertThat(tally).extracting(Tally::orders, Tally::ordersDue, Tally::ordersSignedOnTime, Tally::ordersReplied,
				Tally::visits, Tally::resolved, Tally::satisfied, Tally::basicallySatisfied)
			.containsExactly(2L, 1L, 2L, 1L, 1L, 1L, 0L, 1L);
	}

	@Test
	void aNumeratorCountsOnlyCasesOfItsDenominatorSoThatNoRatePassesAHundred() {
		var base = fact(CaseStatus.CANCELLED, Channel.PATROL, true, null);
		var extendedThenCancelled = count(new CaseFact(7, base.receivedAt(), Channel.PATROL, "E06010", null, null, null,
				null, 3L, CaseStatus.CANCELLED, false, true, true, true, false, false, false, true, true, true, 1, true,
				true, null, null, 0, true));
		assertThat(extendedThenCancelled).extracting(Tally::extended, Tally::reworked, Tally::overdueOpen)
			.containsOnly(0L);
		assertThat(extendedThenCancelled.dueToDispose()).isZero();
	}

	@Test
	void aReportAcceptedAsItArrivedWasAcceptedOnTime() {
		var base = fact(CaseStatus.REGISTERED, Channel.PATROL, false, null);
		var verified = count(new CaseFact(7, base.receivedAt(), Channel.PATROL, "E06010", null, null, null, null, null,
				CaseStatus.REGISTERED, false, true, true, false, false, false, false, false, false, null, 0, true, null,
				null, null, 0, false));
		assertThat(verified.acceptedOnTime()).isEqualTo(1);
		assertThat(verified.acceptCount()).isZero();
	}
}
