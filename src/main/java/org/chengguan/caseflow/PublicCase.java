package org.chengguan.caseflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case as the public may see it through Open311: what, where, its state and dates, and the unit handling it; never
 * the reporter.
 */
public record PublicCase(String number, long reportId, CaseStatus status, @Nullable String categoryKey,
		String summary, @Nullable String address, @Nullable Double lon, @Nullable Double lat, Instant receivedAt,
		Instant updatedAt, @Nullable Instant disposeDueAt, @Nullable Long unitId) {
}
