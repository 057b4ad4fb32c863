package org.chengguan.penalty;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A lead as the 承办人 opens it: the party, where it came from (and the loop case, if any), the act, and the second
 * certified officer who works it.
 *
 * @param graveHarm the act involved life, health, safety or financial security and harm was done (第三十六条: 5 years)
 */
public record NewLead(long partyId, ProceedingSource source, @Nullable Long sourceCaseId, long unitId,
		@Nullable String streetCode, @Nullable String districtCode, long coHandlerId, String place, String facts,
		LocalDate actStartedOn, @Nullable LocalDate actEndedOn, boolean continuing, LocalDate discoveredOn,
		boolean graveHarm) {

	/** The same lead for the party registered for it. */
	NewLead of(long party) {
		return new NewLead(party, source, sourceCaseId, unitId, streetCode, districtCode, coHandlerId, place, facts,
				actStartedOn, actEndedOn, continuing, discoveredOn, graveHarm);
	}
}
