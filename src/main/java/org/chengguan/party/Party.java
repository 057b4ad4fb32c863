package org.chengguan.party;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 当事人 as stored: a person's data sealed by {@link PartyManagement}'s cipher, an organisation's register data in
 * clear; the keyed hash of the identity number finds the party again.
 */
@Entity
@Table(name = "party_party")
public class Party {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private PartyKind kind;

	@Enumerated(EnumType.STRING)
	private IdType idType;

	private String idHash;

	private @Nullable String idNumberCipher;

	private @Nullable String creditCode;

	private @Nullable String nameCipher;

	private @Nullable String orgName;

	private @Nullable String legalRepresentative;

	private @Nullable String addressCipher;

	private @Nullable String phoneCipher;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Party() {
		this.kind = PartyKind.PERSON;
		this.idType = IdType.RESIDENT_ID;
		this.idHash = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	static Party person(IdType idType, String idHash, String idNumberCipher, String nameCipher, Instant at) {
		var party = new Party();
		party.kind = PartyKind.PERSON;
		party.idType = idType;
		party.idHash = idHash;
		party.idNumberCipher = idNumberCipher;
		party.nameCipher = nameCipher;
		party.createdAt = at;
		party.updatedAt = at;
		return party;
	}

	static Party organisation(String idHash, String creditCode, String name, @Nullable String legalRepresentative,
			Instant at) {
		var party = new Party();
		party.kind = PartyKind.ORGANISATION;
		party.idType = IdType.CREDIT_CODE;
		party.idHash = idHash;
		party.creditCode = creditCode;
		party.orgName = name;
		party.legalRepresentative = legalRepresentative;
		party.createdAt = at;
		party.updatedAt = at;
		return party;
	}

	/** The latest address and phone for service, and an organisation's current name and representative. */
	void update(@Nullable String orgName, @Nullable String legalRepresentative, @Nullable String addressCipher,
			@Nullable String phoneCipher, Instant at) {
		if (kind == PartyKind.ORGANISATION) {
			this.orgName = orgName == null ? this.orgName : orgName;
			this.legalRepresentative = legalRepresentative == null ? this.legalRepresentative : legalRepresentative;
		}
		this.addressCipher = addressCipher == null ? this.addressCipher : addressCipher;
		this.phoneCipher = phoneCipher == null ? this.phoneCipher : phoneCipher;
		this.updatedAt = at;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Party not saved");
		}
		return id;
	}

	public PartyKind getKind() {
		return kind;
	}

	public IdType getIdType() {
		return idType;
	}

	@Nullable String getIdNumberCipher() {
		return idNumberCipher;
	}

	@Nullable String getCreditCode() {
		return creditCode;
	}

	@Nullable String getNameCipher() {
		return nameCipher;
	}

	@Nullable String getOrgName() {
		return orgName;
	}

	@Nullable String getLegalRepresentative() {
		return legalRepresentative;
	}

	@Nullable String getAddressCipher() {
		return addressCipher;
	}

	@Nullable String getPhoneCipher() {
		return phoneCipher;
	}
}
