package org.chengguan.evidence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a file comes from: the channel (for example {@code PATROL}, {@code VIDEO}, {@code HOTLINE}), when it was
 * captured if known, and who or what captured it (a username or a platform id).
 */
public record EvidenceSource(String channel, @Nullable Instant capturedAt, String capturedBy) {

	public EvidenceSource {
		if (!channel.matches("[A-Z][A-Z0-9_]{1,19}")) {
			throw new IllegalArgumentException("Evidence channel must be an upper-case identifier: " + channel);
		}
		if (capturedBy.isBlank() || capturedBy.length() > 64) {
			throw new IllegalArgumentException("Evidence capturedBy must be 1..64 characters");
		}
	}
}
