package org.chengguan.penalty;

import java.time.Instant;
import java.util.function.Consumer;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * How a proceeding changes, for every module API of the penalty module: found in the viewer's scope at the version the
 * page showed, changed by the aggregate with the actor as the rules see them, saved, and then each new step issues its
 * document and is told to the others (the audit trail, notifications, supervision).
 */
@Component
class ProceedingChanges {

	private final ProceedingRepository proceedings;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final ProceedingDocuments documents;

	private final ApplicationEventPublisher events;

	ProceedingChanges(ProceedingRepository proceedings, StaffManagement staff, WorkingCalendar calendar,
			ProceedingDocuments documents, ApplicationEventPublisher events) {
		this.proceedings = proceedings;
		this.staff = staff;
		this.calendar = calendar;
		this.documents = documents;
		this.events = events;
	}

	/** A change to the proceeding: the aggregate, the actor as a participant of it, and the time. */
	record Step(PenaltyProceeding proceeding, Participant by, Instant at) {
	}

	void change(long id, long version, Actor actor, DataScope scope, Consumer<Step> change) {
		var proceeding = proceedings.findById(id).filter(p -> PenaltyManagement.visible(p, scope))
			.orElseThrow(() -> new PenaltyNotFoundException(id));
		if (proceeding.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(PenaltyProceeding.class, id);
		}
		var before = proceeding.getSteps().size();
		change.accept(new Step(proceeding, participant(actor.id(), proceeding.getAct().getUnitId()), calendar.now()));
		publish(proceedings.saveAndFlush(proceeding), before);
	}

	/** A change the application makes when a period has run: no viewer, no version, the system as the actor. */
	void changeAsSystem(long id, Consumer<Step> change) {
		var proceeding = proceedings.findById(id).orElseThrow(() -> new PenaltyNotFoundException(id));
		var before = proceeding.getSteps().size();
		change.accept(new Step(proceeding, ProceedingActors.SYSTEM, calendar.now()));
		publish(proceedings.saveAndFlush(proceeding), before);
	}

	/** A new proceeding, saved, with its first steps issued and told. */
	PenaltyProceeding open(PenaltyProceeding proceeding) {
		return publish(proceedings.save(proceeding), 0);
	}

	/** The person as the rules see them on a proceeding of this unit. */
	Participant participant(long staffId, long unitId) {
		var standing = staff.standing(staffId);
		return new Participant(standing.staffId(), standing.name(), standing.authorities(), standing.certified(),
				standing.legalQualified(), standing.orgUnitSubtree().contains(unitId));
	}

	private PenaltyProceeding publish(PenaltyProceeding proceeding, int stepsBefore) {
		var steps = proceeding.getSteps();
		for (var step : steps.subList(stepsBefore, steps.size())) {
			documents.issueFor(proceeding, step);
			var act = proceeding.getAct();
			events.publishEvent(new PenaltyEvents.ProceedingMoved(proceeding.getId(), proceeding.getNumber(),
					step.getAction(), step.getFrom(), step.getTo(), step.getActorName(), step.getOpinion(),
					step.getAt(), act.getUnitId(), act.getHandlerId()));
		}
		return proceeding;
	}
}
