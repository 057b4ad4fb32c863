package org.chengguan.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One audit record. {@code hash} = SHA-256 over {@code prevHash} and every other field (see {@link AuditChain}).
 *
 * @param category SECURITY for sign-in events, ADMIN for administrators' changes
 */
public record AuditEntry(long seq, Instant occurredAt, Instant recordedAt, String category, String action,
		String actor, @Nullable String target, @Nullable String remoteAddress, @Nullable String before,
		@Nullable String after, String prevHash, String hash) {

	/** What a module reports; the recorder adds sequence, timestamps and hashes. */
	record Draft(Instant occurredAt, String category, String action, String actor, @Nullable String target,
			@Nullable String remoteAddress, @Nullable String before, @Nullable String after) {
	}
}
