package org.chengguan.caseflow;

import java.time.Instant;

import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A case as its reporter may follow it on the public portal: where it stands and, once it has ended, the bureau's
 * reply (the 处置反馈 quoted at 结案, as the hotline reply quotes it, or the reason it was not taken on). Never anyone
 * else's data: no reporter, no officer, no internal opinion on the way.
 */
public record CaseFollowUp(String number, long reportId, Channel source, CaseStatus status,
		@Nullable String categoryKey, @Nullable String address, Instant receivedAt, Instant updatedAt,
		@Nullable String reply) {
}
