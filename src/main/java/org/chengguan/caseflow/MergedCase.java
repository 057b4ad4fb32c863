package org.chengguan.caseflow;

import java.time.Instant;

import org.chengguan.intake.Channel;

/** A case merged into another (§4.5): the parent's page lists them with their callers (masked). */
public record MergedCase(long id, String number, long reportId, Channel source, Instant receivedAt) {
}
