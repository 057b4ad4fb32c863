package org.chengguan.supervision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseFact;
import org.chengguan.caseflow.CaseFactManagement;
import org.chengguan.hotline.HotlineFact;
import org.chengguan.hotline.HotlineFactManagement;
import org.springframework.stereotype.Component;

/** Reads cases as the indicators count them, from the case loop and the hotline (never from the read model). */
@Component
class FactReader {

	private final CaseFactManagement caseFacts;

	private final HotlineFactManagement hotlineFacts;

	private final WorkingCalendar calendar;

	FactReader(CaseFactManagement caseFacts, HotlineFactManagement hotlineFacts, WorkingCalendar calendar) {
		this.caseFacts = caseFacts;
		this.hotlineFacts = hotlineFacts;
		this.calendar = calendar;
	}

	/** These cases as the current transaction leaves them. */
	List<CaseCount> of(Collection<Long> caseIds) {
		return counts(caseFacts.of(caseIds));
	}

	/** Up to {@code size} cases after {@code afterId}, received in [from, to), in id order. */
	List<CaseCount> page(Instant from, Instant to, long afterId, int size) {
		return counts(caseFacts.page(from, to, afterId, size));
	}

	/** The id before the first case received in [from, to): where a walk through them starts. */
	long idBefore(Instant from, Instant to) {
		return caseFacts.idBefore(from, to);
	}

	private List<CaseCount> counts(List<CaseFact> facts) {
		// a work order opens a case of its own, from its hotline's channel: no other case has an order to read
		var fromHotlines = facts.stream().filter(f -> f.source().isHotline()).map(CaseFact::caseId).toList();
		var hotline = (fromHotlines.isEmpty() ? List.<HotlineFact>of() : hotlineFacts.of(fromHotlines)).stream()
			.collect(Collectors.toMap(HotlineFact::caseId, Function.identity()));
		var zone = calendar.zone();
		return facts.stream()
			.map(f -> CaseCount.of(f, hotline.getOrDefault(f.caseId(), HotlineFact.none(f.caseId())), zone))
			.toList();
	}
}
