package org.chengguan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTests {

	static List<AuditEntry> chain(int n) {
		var entries = new ArrayList<AuditEntry>();
		var prev = AuditChain.GENESIS;
		for (var seq = 1L; seq <= n; seq++) {
			var at = Instant.parse("2026-03-02T01:00:00Z").plusSeconds(seq);
			var hash = AuditChain.hash(seq, prev, at, at, "ADMIN", "staff.update", "admin", "staff:" + seq, null,
					"name=A", "name=B");
			entries.add(new AuditEntry(seq, at, at, "ADMIN", "staff.update", "admin", "staff:" + seq, null, "name=A",
					"name=B", prev, hash));
			prev = hash;
		}
		return entries;
	}

	static AuditChain.Verifier verify(List<AuditEntry> entries) {
		var verifier = new AuditChain.Verifier();
		entries.forEach(verifier::accept);
		return verifier;
	}

	@Test
	void acceptsAnIntactChain() {
		var verifier = verify(chain(5));
		assertThat(verifier.firstBreak()).isEmpty();
		assertThat(verifier.checked()).isEqualTo(5);
	}

	@Test
	void namesAChangedEntry() {
		var entries = chain(5);
		var e = entries.get(2);
		entries.set(2, new AuditEntry(e.seq(), e.occurredAt(), e.recordedAt(), e.category(), e.action(), "mallory",
				e.target(), e.remoteAddress(), e.before(), e.after(), e.prevHash(), e.hash()));
		assertThat(verify(entries).firstBreak()).contains(new AuditChain.Break(3, "audit.break.hash"));
	}

	@Test
	void namesTheEntryAfterARemovedOne() {
		var entries = chain(5);
		entries.remove(1);
		assertThat(verify(entries).firstBreak()).contains(new AuditChain.Break(3, "audit.break.gap"));
	}

	@Test
	void namesAnEntryWhoseHashWasRecomputedAfterAChange() {
		var entries = chain(5);
		var e = entries.get(1);
		var forged = AuditChain.hash(e.seq(), e.prevHash(), e.occurredAt(), e.recordedAt(), e.category(), e.action(),
				"mallory", e.target(), e.remoteAddress(), e.before(), e.after());
		entries.set(1, new AuditEntry(e.seq(), e.occurredAt(), e.recordedAt(), e.category(), e.action(), "mallory",
				e.target(), e.remoteAddress(), e.before(), e.after(), e.prevHash(), forged));
		// The forged entry is self-consistent; the next one no longer points at it.
		assertThat(verify(entries).firstBreak()).contains(new AuditChain.Break(3, "audit.break.prevHash"));
	}

	@Test
	void distinguishesFieldBoundaries() {
		var at = Instant.parse("2026-03-02T01:00:00Z");
		assertThat(AuditChain.hash(1, AuditChain.GENESIS, at, at, "A", "bc", "x", null, null, null, null))
			.isNotEqualTo(AuditChain.hash(1, AuditChain.GENESIS, at, at, "Ab", "c", "x", null, null, null, null));
	}
}
