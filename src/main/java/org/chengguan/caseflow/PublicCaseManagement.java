package org.chengguan.caseflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases as the public may see them: a channel's cases for Open311, and one case as its reporter follows it on the
 * public portal. Never a reporter, an officer or an internal opinion on the way.
 */
@Service
@Transactional(readOnly = true)
public class PublicCaseManagement {

	private final PublicCases cases;

	PublicCaseManagement(PublicCases cases) {
		this.cases = cases;
	}

	/**
	 * Cases of one channel as the public may see them (Open311), newest first: received in [from, to), optionally
	 * only these numbers, these category keys, open ({@code true}) or closed ({@code false}).
	 */
	public List<PublicCase> publicCases(Channel source, Instant from, Instant to, List<String> numbers,
			List<String> categoryKeys, @Nullable Boolean open, int limit) {
		return cases.find(new PublicCases.Query(source, from, to, numbers, categoryKeys, open, limit));
	}

	/** The case of this number as its reporter may follow it on the public portal (checked there against the phone). */
	public Optional<CaseFollowUp> followUp(String number) {
		return cases.followUp(number);
	}
}
