package org.chengguan.caseflow;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnit;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case loop's API: moves cases (each opened by {@link CaseOpening}) by the actions of
 * {@link CaseAction}, each checked against the actor's authorities, data scope (seeing) and the action's
 * {@link ActorRule} (acting).
 */
@Service
public class CaseManagement {

	private final CaseRepository cases;

	private final DuplicateFinder duplicates;

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final WorkingCalendar calendar;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final EvidenceManagement evidence;

	private final CaseActors actors;

	private final FieldTasks fieldTasks;

	private final ApplicationEventPublisher events;

	private final CaseChanges changes;

	private final OpenedCases justOpened;

	CaseManagement(CaseRepository cases, DuplicateFinder duplicates, IntakeManagement intake,
			CategoryManagement categories, StaffManagement staff, OrgManagement org, EvidenceManagement evidence,
			CaseActors actors, FieldTasks fieldTasks, WorkingCalendar calendar, ApplicationEventPublisher events,
			CaseChanges changes, OpenedCases justOpened) {
		this.changes = changes;
		this.justOpened = justOpened;
		this.staff = staff;
		this.org = org;
		this.evidence = evidence;
		this.actors = actors;
		this.fieldTasks = fieldTasks;
		this.cases = cases;
		this.duplicates = duplicates;
		this.intake = intake;
		this.categories = categories;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * The case a report opened (platforms answer with its number and state): as it is now in this transaction when the
	 * transaction opened it, else as stored.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseRef> byReport(long reportId) {
		return justOpened.byReport(reportId).or(() -> cases.findRefByReportId(reportId));
	}

	/** The opinion of the case's last action of this kind (the 处置反馈 a hotline reply quotes, a 延期 reason …). */
	@Transactional(readOnly = true)
	public Optional<String> lastOpinion(long caseId, CaseAction action) {
		return cases.lastOpinion(caseId, action);
	}

	/** The cases merged into this one: they close with it, and each of their hotline orders gets its own reply. */
	@Transactional(readOnly = true)
	public List<Long> mergedInto(long caseId) {
		return cases.findIdsByDuplicateOfIdAndStatus(caseId, CaseStatus.MERGED);
	}

	/** The cases merged into this one, oldest first (the parent's page lists them). */
	@Transactional(readOnly = true)
	public List<MergedCase> mergedCases(long caseId) {
		return cases.findMergedInto(caseId);
	}

	/** A case with its timeline and timers, if the scope covers it. */
	@PreAuthorize("hasAuthority('case:view')")
	@Transactional(readOnly = true)
	public EnforcementCase get(long id, DataScope scope) {
		var found = changes.visible(id, scope);
		Hibernate.initialize(found.getTransitions());
		Hibernate.initialize(found.getTimers());
		Hibernate.initialize(found.getSupervisions());
		return found;
	}

	/**
	 * The manual actions this person may take on the case now: the state offers them, they hold the authority, the
	 * action's {@link ActorRule} admits them, and no module above the loop vetoes it.
	 */
	@Transactional(readOnly = true)
	public List<CaseAction> actionsFor(EnforcementCase subject, Actor actor) {
		return actors.allowed(subject, actors.participant(actor));
	}

	/** Whether this person answers the case's 督办: its handling unit once dispatched, else the 受理 desk. */
	@Transactional(readOnly = true)
	public boolean mayAnswer(EnforcementCase subject, Actor actor) {
		return ActorRule.mayAnswerSupervision(actors.participant(actor), subject);
	}

	/** Whom a 核实 ({@code SEND_VERIFY}) or 核查 ({@code SEND_CHECK}) may be sent to, the suggested one first. */
	@Transactional(readOnly = true)
	public List<FieldWorker> fieldWorkers(EnforcementCase subject, CaseAction action) {
		return fieldTasks.candidates(subject, action);
	}

	/** The names of the people the case's 核实 and 核查 were sent to, by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> assigneeNames(EnforcementCase subject) {
		var ids = new HashSet<Long>();
		subject.getTransitions().forEach(t -> {
			if (t.getAssigneeId() != null) {
				ids.add(t.getAssigneeId());
			}
		});
		return staff.summaries(ids).stream().collect(Collectors.toMap(StaffSummary::id, StaffSummary::name));
	}

	/** The units a case may be dispatched to (处置单位), in the order of the organisation tree. */
	@Transactional(readOnly = true)
	public List<OrgUnit> dispatchUnits() {
		return org.tree().stream().map(r -> r.unit()).filter(u -> u.getType().handlesCases()).toList();
	}

	/** The unit the routing rules propose for a case (grid × category → unit), if any. */
	@Transactional(readOnly = true)
	public Optional<Long> routedUnit(EnforcementCase subject) {
		var grid = subject.getUnitGridCode();
		var category = subject.getProblem().getCategoryId();
		return grid == null || category == null ? Optional.empty() : categories.route(grid, category);
	}

	/** Open cases of the same family nearby (D2), nearest first, for the 受理员 to merge or not. */
	@PreAuthorize("hasAuthority('case:view')")
	@Transactional(readOnly = true)
	public List<CaseRef> possibleDuplicates(EnforcementCase subject) {
		var ids = duplicates.near(subject, calendar.now(), 10);
		var found = cases.findAllById(ids);
		return ids.stream()
			.flatMap(id -> found.stream().filter(c -> c.getId() == id))
			.map(CaseRef::of)
			.toList();
	}

	/**
	 * #2 受理 with the category the 受理员 confirmed or chose, and their opinion; an unlocated case is pinned at the
	 * point given (待定位 → located) first.
	 */
	@Transactional
	public void accept(long id, long version, long categoryId, @Nullable Point pin, @Nullable String opinion,
			Actor actor, DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.ACCEPT, actor, scope);
		var category = categories.find(categoryId)
			.filter(c -> !c.isHeader() && c.isEnabled())
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.categoryNotUsable"));
		if (pin != null) {
			var report = intake.pin(subject.getReportId(), pin.lon(), pin.lat(), actor)
				.orElseThrow(() -> new CaseTransitionException("caseflow.error.outsideGrids"));
			subject.relocate(report.getPlace());
		}
		changes.change(subject, () -> subject.accept(categoryId, category.getKey(), changes.step(actor, opinion, List.of()),
				calendar::deadline));
	}

	/** A WGS84 point a person entered. */
	public record Point(double lon, double lat) {
	}

	/** #6 立案 under one of the category's enabled 立案条件. */
	@Transactional
	public void register(long id, long version, long conditionId, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.REGISTER, actor, scope);
		var categoryId = subject.getProblem().getCategoryId();
		var condition = categoryId == null ? null
				: categories.get(categoryId)
					.getConditions()
					.stream()
					.filter(c -> c.isEnabled() && Long.valueOf(conditionId).equals(c.getId()))
					.findFirst()
					.orElse(null);
		if (condition == null) {
			throw new CaseTransitionException("caseflow.error.conditionNotUsable");
		}
		changes.change(subject, () -> subject.register(conditionId, condition.getPriority(), condition.getLimit(),
				changes.step(actor, opinion, List.of()), calendar::deadline));
	}

	/** #8 派遣 to a unit that handles cases; a unit other than the routed one needs a reason. */
	@Transactional
	public void dispatch(long id, long version, long unitId, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.DISPATCH, actor, scope);
		if (dispatchUnits().stream().noneMatch(u -> Long.valueOf(unitId).equals(u.getId()))) {
			throw new CaseTransitionException("caseflow.error.notHandlingUnit");
		}
		var routed = routedUnit(subject).orElse(null);
		changes.change(subject, () -> subject.dispatch(unitId, routed, changes.step(actor, opinion, List.of()), calendar::deadline));
	}

	/**
	 * #4 派核实 / #16 派核查 to one of the grid's members ({@link #fieldWorkers}); without one, every member of the
	 * grid who holds the authority sees the task.
	 */
	@Transactional
	public void sendTask(long id, long version, CaseAction action, @Nullable Long assignee, @Nullable String opinion,
			Actor actor, DataScope scope) {
		var subject = changes.acting(id, version, action, actor, scope);
		fieldTasks.requireCandidate(subject, action, assignee);
		changes.change(subject, () -> subject.sendTask(action, assignee, changes.step(actor, opinion, List.of()), calendar::deadline));
	}

	/** Any action that needs no further data (签收, 回退, 反馈, 核查, 结案, 作废 …), with the photos taken for it. */
	@Transactional
	public void act(long id, long version, CaseAction action, @Nullable String opinion, List<Upload> photos,
			Actor actor, DataScope scope) {
		var subject = changes.acting(id, version, action, actor, scope);
		var evidenceIds = evidence.storePhotos(photos, new EvidenceSource("CASE", null, actor.username()))
			.stream()
			.map(f -> Objects.requireNonNull(f.getId()))
			.toList();
		changes.change(subject, () -> subject.act(action, changes.step(actor, opinion, evidenceIds), calendar::deadline));
	}

	/** #22 合并 into the open case with this number. */
	@Transactional
	public void merge(long id, long version, String parentNumber, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.MERGE, actor, scope);
		var parent = cases.findByNumber(parentNumber.strip())
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.mergeParent"));
		changes.change(subject, () -> subject.mergeInto(parent, changes.step(actor, opinion, List.of()), calendar::deadline));
		// §4.5: the child's media are copied to the parent.
		intake.report(subject.getReportId()).getAttachments().forEach(a -> intake.attach(parent.getReportId(), a));
	}

	/** 督办 by a person (R5): a level, a due date and the reason; the unit (or the centre before dispatch) answers. */
	@Transactional
	public void supervise(long id, SupervisionLevel level, Instant dueAt, String reason, Actor actor,
			DataScope scope) {
		if (!CaseActors.authorities().contains("case:supervise")) {
			throw new AccessDeniedException("Missing case:supervise");
		}
		var subject = changes.visible(id, scope);
		var raised = Objects.requireNonNull(subject.supervise(level, false, reason, dueAt, actor.name(), calendar.now()));
		cases.flush();
		events.publishEvent(new CaseEvents.SupervisionRaised(subject.getId(), subject.getNumber(),
				Objects.requireNonNull(raised.getId()), level, subject.getUnitId(), subject.getUnitGridCode(),
				dueAt, raised.getRaisedAt()));
	}

	/** The written answer to a 督办, by whoever works the case now (the unit, or the centre before dispatch). */
	@Transactional
	public void answerSupervision(long id, long supervisionId, String reply, Actor actor, DataScope scope) {
		var subject = changes.visible(id, scope);
		if (!mayAnswer(subject, actor)) {
			throw new AccessDeniedException("Not the case's handler");
		}
		subject.answerSupervision(supervisionId, reply, actor.name(), calendar.now());
	}

	/**
	 * 不满意重办 on a platform's verdict: the closed case goes back to its unit with a new limit. Not a person's
	 * action: {@code platform} names who asked.
	 */
	@Transactional
	public void reopen(long id, Deadline limit, String reason, String platform) {
		var subject = cases.findById(id).orElseThrow(() -> new CaseNotFoundException("" + id));
		changes.change(subject, () -> subject.reopen(limit, new Step(new Actor(0, "channel", platform), reason, List.of(),
				calendar.now()), calendar::deadline));
	}

	/**
	 * 退单未获批准: the platform refused our 退单 request, so the case it declined goes back to the 受理 queue. A case
	 * that moved on meanwhile (merged, voided) stays as it is.
	 */
	@Transactional
	public void returnRefused(long id, String reason, String platform) {
		var subject = cases.findById(id).orElseThrow(() -> new CaseNotFoundException("" + id));
		if (subject.getStatus() == CaseStatus.REJECTED) {
			changes.change(subject, () -> subject.platformAnswered(CaseAction.RETURN_REFUSED,
					new Step(new Actor(0, "channel", platform), reason, List.of(), calendar.now()), calendar::deadline));
		}
	}

	/**
	 * 退单获批准: the platform took back the order the 热线联络员 returned, so the case, if still open, ends as 不予受理.
	 */
	@Transactional
	public void returnApproved(long id, @Nullable String reason, String platform) {
		var subject = cases.findById(id).orElseThrow(() -> new CaseNotFoundException("" + id));
		if (!subject.getStatus().isTerminal()) {
			changes.change(subject, () -> subject.platformAnswered(CaseAction.RETURN_APPROVED,
					new Step(new Actor(0, "channel", platform), reason, List.of(), calendar.now()), calendar::deadline));
		}
	}

	/** Where a case stands, as a platform's 阶段性答复 tells the caller. */
	@Transactional(readOnly = true)
	public Optional<CaseProgress> progress(long id) {
		return cases.findById(id)
			.map(c -> new CaseProgress(c.getNumber(), c.getStatus(), c.getDisposeDueAt(), c.getDisposal().getHoldUntil()));
	}
}
