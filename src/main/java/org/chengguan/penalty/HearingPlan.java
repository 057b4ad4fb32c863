package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hearing as the 法制股 arranges it (《行政处罚法》第六十四条): when and where, its host, the day the party was
 * notified, and whether it is public (it is unless state secrets, trade secrets or privacy are involved).
 */
public record HearingPlan(Instant at, String place, long hostId, LocalDate notifiedOn, boolean open) {
}
