package org.chengguan.penalty;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.chengguan.party.IdType;
import org.chengguan.party.NewParty;
import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** 登记线索: the party as the officer finds it, the act, and the second officer. */
record LeadForm(@NotNull(message = "{penalty.lead.partyKind.required}") @Nullable PartyKind partyKind,
		@NotNull(message = "{penalty.lead.idType.required}") @Nullable IdType idType,
		@NotBlank(message = "{penalty.lead.idNumber.required}") @Size(max = 30) @Nullable String idNumber,
		@NotBlank(message = "{penalty.lead.name.required}") @Size(max = 200) @Nullable String name,
		@Size(max = 50) @Nullable String legalRepresentative, @Size(max = 300) @Nullable String address,
		@Size(max = 30) @Nullable String phone, @Nullable ProceedingSource source, @Nullable Long sourceCaseId,
		@NotNull(message = "{penalty.lead.coHandler.required}") @Nullable Long coHandlerId,
		@NotBlank(message = "{penalty.lead.place.required}") @Size(max = 300) @Nullable String place,
		@NotBlank(message = "{penalty.lead.facts.required}") @Size(max = 4000) @Nullable String facts,
		@NotNull(message = "{penalty.lead.actStartedOn.required}") @PastOrPresent(message = "{penalty.lead.future}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate actStartedOn,
		@PastOrPresent(message = "{penalty.lead.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate actEndedOn, @Nullable Boolean continuing,
		@NotNull(message = "{penalty.lead.discoveredOn.required}") @PastOrPresent(message = "{penalty.lead.future}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate discoveredOn,
		@Nullable Boolean graveHarm, @Nullable String streetCode, @Nullable String districtCode) {

	static LeadForm empty(LocalDate today) {
		return new LeadForm(PartyKind.PERSON, IdType.RESIDENT_ID, null, null, null, null, null, ProceedingSource.PATROL,
				null, null, null, null, today, null, false, today, false, null, null);
	}

	NewParty party() {
		return new NewParty(require(partyKind), require(idType), require(idNumber), require(name), legalRepresentative,
				address, phone);
	}

	NewLead lead(long partyId, long unitId) {
		return new NewLead(partyId, source == null ? ProceedingSource.PATROL : source, sourceCaseId, unitId,
				blankToNull(streetCode), blankToNull(districtCode), require(coHandlerId), require(place), require(facts),
				require(actStartedOn), actEndedOn, Boolean.TRUE.equals(continuing), require(discoveredOn),
				Boolean.TRUE.equals(graveHarm));
	}

	private static <T> T require(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("validated before");
		}
		return value;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
