package org.chengguan.penalty;

import java.time.Instant;

/** An evidence file of a proceeding as its case file lists it: what it is, its SHA-256 and when it was stored. */
public record EvidenceEntry(long id, String title, String sha256, Instant storedAt) {
}
