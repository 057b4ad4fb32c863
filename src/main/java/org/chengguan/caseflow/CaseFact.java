package org.chengguan.caseflow;

import java.time.Instant;

import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one case, as the statistics need it (domain.md §9.1): where and from what it came, who handles it,
 * which steps it went through and whether each timed stage ended within its limit. It says what happened; what counts
 * for an indicator is the supervision module's rule. Durations are in whole minutes; the 处置 time leaves out the time
 * the case was held (挂账).
 *
 * @param intakeOnTime the first 受理 stage ended by its due time; null while it runs or if it never ran
 * @param disposeOnTime the last 处置 run stopped by its due time after approved 延期 (返工 keeps the deadline)
 * @param disposeOverdue the 处置 clock is running past its due time (the timer job raised it to 超期 or beyond)
 * @param firstCheckPassed the first 核查 passed
 */
public record CaseFact(long caseId, Instant receivedAt, Channel source, @Nullable String categoryKey,
		@Nullable String districtCode, @Nullable String streetCode, @Nullable String communityCode,
		@Nullable String unitGridCode, @Nullable Long unitId, CaseStatus status, boolean selfDisposed,
		boolean accepted, boolean registered, boolean dispatched, boolean checked, boolean firstCheckPassed,
		boolean returned, boolean extended, boolean reworked, @Nullable Boolean intakeOnTime, long intakeMinutes,
		@Nullable Boolean registerOnTime, @Nullable Boolean dispatchOnTime, @Nullable Boolean checkOnTime,
		@Nullable Boolean disposeOnTime, long disposeMinutes, boolean disposeOverdue) {
}
