package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.chengguan.party.IdType;
import org.chengguan.party.NewParty;
import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** 当场处罚 (简易程序): the party, the act, the penalty, what the party was told and said, and the payment. */
record OnSiteForm(@NotNull(message = "{penalty.lead.partyKind.required}") @Nullable PartyKind partyKind,
		@NotNull(message = "{penalty.lead.idType.required}") @Nullable IdType idType,
		@NotBlank(message = "{penalty.lead.idNumber.required}") @Size(max = 30) @Nullable String idNumber,
		@NotBlank(message = "{penalty.lead.name.required}") @Size(max = 200) @Nullable String name,
		@Size(max = 50) @Nullable String legalRepresentative, @Size(max = 300) @Nullable String address,
		@Size(max = 30) @Nullable String phone,
		@NotNull(message = "{penalty.lead.coHandler.required}") @Nullable Long coHandlerId,
		@NotBlank(message = "{penalty.lead.place.required}") @Size(max = 300) @Nullable String place,
		@NotBlank(message = "{penalty.lead.facts.required}") @Size(max = 4000) @Nullable String facts,
		@NotNull(message = "{penalty.lead.actStartedOn.required}") @PastOrPresent(message = "{penalty.lead.future}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate actStartedOn,
		@Nullable Long benchmarkId, @Nullable Boolean warning,
		@DecimalMin(value = "0", message = "{penalty.onSite.fine.range}")
		@DecimalMax(value = "3000", message = "{penalty.onSite.fine.range}") @Nullable BigDecimal fine,
		@NotBlank(message = "{penalty.onSite.correction.required}") @Size(max = 500) @Nullable String correctionOrder,
		@Nullable Boolean informed,
		@NotBlank(message = "{penalty.onSite.statement.required}") @Size(max = 2000) @Nullable String statement,
		@Nullable Boolean cash, @Nullable Boolean hardToCollect,
		@Size(max = 30) @Nullable String cashReceipt, @Nullable Long sourceCaseId,
		@Nullable String streetCode, @Nullable String districtCode) {

	static OnSiteForm empty(LocalDate today) {
		return new OnSiteForm(PartyKind.PERSON, IdType.RESIDENT_ID, null, null, null, null, null, null, null, null,
				today, null, false, null, null, false, null, false, false, null, null, null, null);
	}

	NewParty party() {
		return new NewParty(require(partyKind), require(idType), require(idNumber), require(name), legalRepresentative,
				address, phone);
	}

	OnSiteDecision decision(long unitId, LocalDate today) {
		var day = require(actStartedOn);
		var lead = new NewLead(0, sourceCaseId == null ? ProceedingSource.PATROL : ProceedingSource.CASE, sourceCaseId,
				unitId, blank(streetCode), blank(districtCode), require(coHandlerId), require(place), require(facts), day,
				day, false, today, false);
		var penalty = new ProposedOutcome(Outcome.PENALTY, benchmarkId, null, Boolean.TRUE.equals(warning),
				fine == null ? BigDecimal.ZERO : fine, null, null, null, BigDecimal.ZERO, Set.of(), correctionOrder,
				null, Set.of(), null, Set.of(), null);
		return new OnSiteDecision(lead, penalty, Boolean.TRUE.equals(informed), require(statement),
				Boolean.TRUE.equals(cash), Boolean.TRUE.equals(hardToCollect), blank(cashReceipt));
	}

	private static <T> T require(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("validated before");
		}
		return value;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
