package org.chengguan.penalty;

import org.chengguan.party.PartyKind;

/** Whom a benchmark entry applies to. */
public enum PartyScope {

	ANY, PERSON, ORGANISATION;

	boolean covers(PartyKind kind) {
		return this == ANY || name().equals(kind.name());
	}
}
