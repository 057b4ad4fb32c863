package org.chengguan.party;

import org.jspecify.annotations.Nullable;

/**
 * A party as an officer enters it: for a person the name and an identity document; for an organisation its name,
 * 统一社会信用代码 and legal representative; the address and phone for service.
 */
public record NewParty(PartyKind kind, IdType idType, String idNumber, String name,
		@Nullable String legalRepresentative, @Nullable String address, @Nullable String phone) {
}
