package org.chengguan.party;

import org.jspecify.annotations.Nullable;

/**
 * A party as a page shows it: a person's name, number, address and phone masked unless {@code revealed}; an
 * organisation's register data in full.
 */
public record PartyView(long id, PartyKind kind, IdType idType, String name, String idNumber,
		@Nullable String legalRepresentative, @Nullable String address, @Nullable String phone, boolean revealed) {
}
