package org.chengguan.caseflow;

import java.time.Instant;
import java.util.List;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How every change of a case is made, for the module's APIs: the case is loaded for the acting person (403 without
 * the action's authority or when its {@link ActorRule} does not admit them, 404 outside their 辖区, 409 when changed
 * since the page was shown), changed by one aggregate method, saved, and each new timeline entry published.
 */
@Component
class CaseChanges {

	private final CaseRepository cases;

	private final CaseActors actors;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	CaseChanges(CaseRepository cases, CaseActors actors, WorkingCalendar calendar, ApplicationEventPublisher events) {
		this.cases = cases;
		this.actors = actors;
		this.calendar = calendar;
		this.events = events;
	}

	EnforcementCase acting(long id, long version, CaseAction action, Actor actor, DataScope scope) {
		var who = actors.participant(actor);
		if (!who.holds(action.authority())) {
			throw new AccessDeniedException("Missing " + action.authority());
		}
		var subject = visible(id, scope);
		if (subject.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
		}
		actors.require(subject, action, who);
		return subject;
	}

	EnforcementCase visible(long id, DataScope scope) {
		return cases.findById(id).filter(c -> covers(scope, c)).orElseThrow(() -> new CaseNotFoundException("" + id));
	}

	/** Whether the 辖区 sees the case: its place (region or own grid) or the unit handling it. */
	static boolean covers(DataScope scope, EnforcementCase subject) {
		return covers(scope, subject.getUnitGridCode(), subject.getUnitId());
	}

	/** Whether the 辖区 sees a case in this unit grid handled by this unit. */
	static boolean covers(DataScope scope, @Nullable String grid, @Nullable Long unit) {
		return scope.citywide() || (grid != null && scope.coversRegion(grid))
				|| (unit != null && scope.coversOrgUnit(unit));
	}

	/** Runs one transition, saves the case, publishes what it appended; children merged into a finished case end. */
	void change(EnforcementCase subject, Runnable transition) {
		var before = subject.getTransitions().size();
		transition.run();
		cases.save(subject);
		published(subject, before);
		if (subject.getStatus().isTerminal() && subject.getStatus() != CaseStatus.MERGED) {
			closeMergedInto(subject.getId(), calendar.now());
		}
	}

	/** The children merged into a case that ended close with it, and theirs with them. */
	private void closeMergedInto(long parentId, Instant at) {
		for (var child : cases.findAllById(cases.findIdsByDuplicateOfIdAndStatus(parentId, CaseStatus.MERGED))) {
			if (child.closeWithParent(at)) {
				closeMergedInto(child.getId(), at);
			}
		}
	}

	/** Announces the timeline entries from {@code from} on, with whom a decision answers. */
	void published(EnforcementCase subject, int from) {
		var all = subject.getTransitions();
		var place = subject.getProblem().getPlace();
		var spot = place.lon() == null || place.lat() == null ? null
				: new CaseEvents.Spot(place.lon(), place.lat(), subject.getProblem().getCategoryKey(),
						subject.getReceivedAt());
		for (var i = from; i < all.size(); i++) {
			var t = all.get(i);
			events.publishEvent(new CaseEvents.CaseMoved(subject.getId(), subject.getNumber(), subject.getReportId(),
					t.getAction(), t.getFromStatus(), t.getToStatus(), t.getActorName(), t.getOpinion(), t.getAt(),
					new CaseEvents.Parties(t.getActorId(), subject.getUnitId(), subject.getUnitGridCode(),
							t.getAssigneeId(), requester(all, i), t.getSeq()), spot));
		}
	}

	/** For a decision on a request, the person who made it: the last request of its kind before it. */
	private static @Nullable Long requester(List<CaseTransition> timeline, int index) {
		var decision = timeline.get(index).getAction();
		var kind = decision == CaseAction.CANCEL ? PendingRequest.CANCEL : decision.request();
		if (kind == null || decision.isRequest()) {
			return null;
		}
		for (var i = index - 1; i >= 0; i--) {
			var earlier = timeline.get(i).getAction();
			if (earlier.request() == kind) {
				return earlier.isRequest() ? timeline.get(i).getActorId() : null;
			}
		}
		return null;
	}

	Step step(Actor actor, @Nullable String opinion, List<Long> evidenceIds) {
		return new Step(actor, opinion, evidenceIds, calendar.now());
	}
}
