package org.chengguan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The hash chain: how an entry's hash is computed and how a sequence of entries is checked. Pure. */
final class AuditChain {

	/** The {@code prevHash} of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** A break found by {@link Verifier}: the first entry that does not fit, and why. */
	record Break(long seq, String reason) {
	}

	static String hash(long seq, String prevHash, Instant occurredAt, Instant recordedAt, String category,
			String action, String actor, @Nullable String target, @Nullable String remoteAddress,
			@Nullable String before, @Nullable String after) {
		// Length-prefixed fields: no value can be shifted into its neighbour to give the same text.
		var text = new StringBuilder();
		for (var field : new Object[] { seq, prevHash, occurredAt, recordedAt, category, action, actor, target,
				remoteAddress, before, after }) {
			var value = field == null ? "\u0000" : field.toString();
			text.append(value.length()).append(':').append(value).append('|');
		}
		return sha256(text.toString());
	}

	static String hashOf(AuditEntry e) {
		return hash(e.seq(), e.prevHash(), e.occurredAt(), e.recordedAt(), e.category(), e.action(), e.actor(),
				e.target(), e.remoteAddress(), e.before(), e.after());
	}

	/** Checks entries fed in {@code seq} order; remembers the first break. */
	static final class Verifier {

		private long expectedSeq = 1;

		private String expectedPrev = GENESIS;

		private long checked;

		private @Nullable Break firstBreak;

		void accept(AuditEntry entry) {
			checked++;
			if (firstBreak != null) {
				return;
			}
			if (entry.seq() != expectedSeq) {
				firstBreak = new Break(entry.seq(), "audit.break.gap");
			}
			else if (!entry.prevHash().equals(expectedPrev)) {
				firstBreak = new Break(entry.seq(), "audit.break.prevHash");
			}
			else if (!hashOf(entry).equals(entry.hash())) {
				firstBreak = new Break(entry.seq(), "audit.break.hash");
			}
			expectedSeq = entry.seq() + 1;
			expectedPrev = entry.hash();
		}

		long checked() {
			return checked;
		}

		Optional<Break> firstBreak() {
			return Optional.ofNullable(firstBreak);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
