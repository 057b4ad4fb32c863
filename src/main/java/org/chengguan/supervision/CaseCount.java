package org.chengguan.supervision;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.caseflow.CaseFact;
import org.chengguan.caseflow.CaseStatus;
import org.chengguan.hotline.HotlineFact;
import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One case as the indicators count it (domain.md §9.1): the day it was received and its groupings, and its tally of
 * 0s and 1s. A case belongs to the day it was received, so a month's figures are those of the cases received in it,
 * however late they were closed. A duplicate merged into another case counts through that case only.
 */
record CaseCount(long caseId, LocalDate receivedDay, @Nullable String districtCode, @Nullable String streetCode,
		@Nullable String communityCode, @Nullable String unitGridCode, @Nullable Long unitId,
		@Nullable String categoryKey, Channel source, Tally tally) {

	static CaseCount of(CaseFact fact, HotlineFact hotline, ZoneId zone) {
		return new CaseCount(fact.caseId(), fact.receivedAt().atZone(zone).toLocalDate(), fact.districtCode(),
				fact.streetCode(), fact.communityCode(), fact.unitGridCode(), fact.unitId(), fact.categoryKey(),
				fact.source(), fact.status() == CaseStatus.MERGED ? merged() : tally(fact, hotline));
	}

	private static Tally merged() {
		var counts = new long[Tally.names().size()];
		counts[0] = 1;
		return Tally.of(counts);
	}

	private static Tally tally(CaseFact f, HotlineFact h) {
		var status = f.status();
		var self = f.selfDisposed();
		var reported = f.accepted() || self;
		var registered = f.registered() || self;
		var closed = status == CaseStatus.CLOSED;
		// 返工 goes back to the same unit on the same deadline (R4), so the last 处置 run decides 按期.
		var disposedInTime = Boolean.TRUE.equals(f.disposeOnTime());
		var disposed = f.dispatched() && !self && (status == CaseStatus.DISPOSED || status == CaseStatus.CHECKING
				|| status == CaseStatus.CHECKED || closed);
		// a rate's numerator counts only cases of its denominator, so that no rate passes 100 %
		var dueToClose = registered && status != CaseStatus.CANCELLED && status != CaseStatus.HELD;
		var dueToDispose = f.dispatched() && status != CaseStatus.CANCELLED && status != CaseStatus.HELD;
		// a report accepted as it arrived (a patrol-verified one) never waited at the desk: on time
		return new Tally(1, one(reported), one(reported && !Boolean.FALSE.equals(f.intakeOnTime())), one(registered),
				one(registered && (self || Boolean.TRUE.equals(f.registerOnTime()))),
				one(registered && status == CaseStatus.CANCELLED), one(status == CaseStatus.HELD), one(closed),
				one(closed && (self || disposedInTime)), one(f.dispatched()),
				one(f.dispatched() && Boolean.TRUE.equals(f.dispatchOnTime())),
				one(f.dispatched() && status == CaseStatus.CANCELLED), one(f.dispatched() && f.returned()), one(self),
				one(disposed), one(disposed && disposedInTime), one(dueToDispose && f.disposeOverdue()),
				one(dueToClose && f.reworked()), one(dueToDispose && f.extended()), one(f.checked()), one(f.checked() && Boolean.TRUE.equals(f.checkOnTime())),
				one(f.checked() && f.firstCheckPassed()), one(registered && f.source() == Channel.PATROL),
				f.intakeOnTime() == null ? 0 : f.intakeMinutes(), one(f.intakeOnTime() != null),
				disposed ? Math.max(0, f.disposeMinutes()) : 0, one(disposed), h.orders(), h.signedOnTime(), h.due(),
				h.replied(), h.visits(), h.resolved(), h.satisfied(), h.basicallySatisfied());
	}

	private static long one(boolean counted) {
		return counted ? 1 : 0;
	}
}
