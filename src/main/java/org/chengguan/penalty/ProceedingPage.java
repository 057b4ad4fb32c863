package org.chengguan.penalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chengguan.documents.IssuedDocument;
import org.chengguan.party.PartyView;
import org.jspecify.annotations.Nullable;

/**
 * Everything the proceeding page shows, read in one transaction: the proceeding with its steps, approvals, periods
 * and records; the party (masked); the benchmark version it uses; the names of the people in it; the route node by
 * node; and what the viewer is offered.
 *
 * @param documents the 文书 issued so far, corrections after what they replace
 * @param thresholdsConfirmed whether the 法制股 confirmed the province's hearing threshold (else a banner says so)
 */
public record ProceedingPage(PenaltyProceeding proceeding, PartyView party, @Nullable BenchmarkEntry benchmark,
		Map<Long, String> people, List<Node> route, ProceedingOffers offers, List<IssuedDocument> documents,
		LocalDate today, boolean thresholdsConfirmed, @Nullable EnforcementDates enforcement) {

	/** A node of the current round: done (with who and what), at hand, or ahead. */
	public record Node(ApprovalLevel level, State state, @Nullable ApprovalStep step) {

		public enum State {
			DONE, AT_HAND, AHEAD
		}
	}

	public String name(@Nullable Long staffId) {
		return staffId == null ? "—" : people.getOrDefault(staffId, "—");
	}
}
