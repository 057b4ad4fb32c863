package org.chengguan.caseflow;

import java.util.List;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.Report;
import org.chengguan.intake.ReportReceived;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Opens a case for every received report, in the transaction that recorded it: its number, its first record and
 * timer, the duplicate hint (D2), and the merge the 受理员 asked for while entering it.
 */
@Component
class CaseOpening {

	private final CaseRepository cases;

	private final CaseOpeningRows rows;

	private final CaseNumbers numbers;

	private final DuplicateFinder duplicates;

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final CaseChanges changes;

	private final OpenedCases justOpened;

	CaseOpening(CaseRepository cases, CaseOpeningRows rows, CaseNumbers numbers, DuplicateFinder duplicates,
			IntakeManagement intake, CategoryManagement categories, StaffManagement staff, WorkingCalendar calendar,
			CaseChanges changes, OpenedCases justOpened) {
		this.cases = cases;
		this.rows = rows;
		this.numbers = numbers;
		this.duplicates = duplicates;
		this.intake = intake;
		this.categories = categories;
		this.staff = staff;
		this.calendar = calendar;
		this.changes = changes;
		this.justOpened = justOpened;
	}

	/** Opens the case of a report, in the transaction that recorded it, with a duplicate hint (D2). */
	@EventListener
	void open(ReportReceived received) {
		var report = intake.received(received.reportId());
		var categoryId = report.getCategoryId();
		var key = categoryId == null ? null : categories.key(categoryId);
		var now = calendar.now();
		var opened = EnforcementCase.open(numbers.next(now), Opening.of(report, key), new Step(actorOf(report), null,
				List.of(), now), calendar::deadline);
		// the hint found before the insert, which then carries it (found after it, it was an update of the new row)
		duplicates.nearestTo(opened.getProblem(), now).ifPresent(opened.getProblem()::suspectDuplicateOf);
		var parentNumber = report.getMergeInto();
		if (parentNumber == null) {
			// one statement rather than the persistence context (issue 14 §1); nothing changes the case afterwards
			rows.insert(opened);
		}
		else {
			cases.save(opened);
		}
		changes.published(opened, 0);
		if (parentNumber != null) {
			mergeOnOpening(opened, parentNumber, step(actorOf(report)));
		}
		justOpened.remember(opened);
	}

	/**
	 * The 受理员 said while entering the report that it is the same problem as an open case (§4.5): its case is merged
	 * into it at once, with the media copied; a parent that is not open refuses the whole report.
	 */
	private void mergeOnOpening(EnforcementCase opened, String parentNumber, Step step) {
		if (!CaseActors.authorities().contains(CaseAction.MERGE.authority())) {
			throw new AccessDeniedException("Missing " + CaseAction.MERGE.authority());
		}
		var parent = cases.findByNumber(parentNumber)
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.mergeParent"));
		var before = opened.getTransitions().size();
		opened.mergeInto(parent, step, calendar::deadline);
		cases.save(opened);
		changes.published(opened, before);
		intake.received(opened.getReportId()).getAttachments().forEach(a -> intake.attach(parent.getReportId(), a));
	}

	private Step step(Actor actor) {
		return new Step(actor, null, List.of(), calendar.now());
	}

	/** The reporting staff member, or the channel (its code; pages show its name). */
	private Actor actorOf(Report report) {
		var channel = new Actor(0, "channel", report.getSource().name());
		var by = report.getReportedBy();
		return by == null ? channel
				: staff.summaries(Set.of(by))
					.stream()
					.map(s -> new Actor(s.id(), s.username(), s.name()))
					.findFirst()
					.orElse(channel);
	}
}
