package org.chengguan.party;

import java.time.Instant;

/** What the audit trail records of parties. */
public final class PartyEvents {

	private PartyEvents() {
	}

	/** A party entered for the first time. */
	public record PartyRegistered(long partyId, PartyKind kind, String by, Instant at) {
	}

	/** Someone read a person's unmasked data. */
	public record PartyRevealed(long partyId, String by, Instant at) {
	}
}
