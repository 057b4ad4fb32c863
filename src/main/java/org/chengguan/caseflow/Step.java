package org.chengguan.caseflow;

import java.time.Instant;
import java.util.List;

import org.chengguan.staff.Actor;
import org.jspecify.annotations.Nullable;

/** Who acts on a case, when, with which opinion and photos (evidence ids). */
record Step(Actor actor, @Nullable String opinion, List<Long> evidenceIds, Instant at) {

	Step {
		opinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
		evidenceIds = List.copyOf(evidenceIds);
	}
}
