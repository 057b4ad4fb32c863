package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.Report;
import org.chengguan.intake.ReportReceived;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnit;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case loop's API: opens a case for every received report, and moves cases by the actions of
 * {@link CaseAction}, each checked against the actor's authorities, data scope (seeing) and the action's
 * {@link ActorRule} (acting).
 */
@Service
public class CaseManagement {

	private final CaseRepository cases;

	private final CaseNumbers numbers;

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

	private final PublicCases publicCases;

	CaseManagement(CaseRepository cases, CaseNumbers numbers, DuplicateFinder duplicates, IntakeManagement intake,
			CategoryManagement categories, StaffManagement staff, OrgManagement org, EvidenceManagement evidence,
			CaseActors actors, FieldTasks fieldTasks, WorkingCalendar calendar, ApplicationEventPublisher events,
			PublicCases publicCases) {
		this.publicCases = publicCases;
		this.staff = staff;
		this.org = org;
		this.evidence = evidence;
		this.actors = actors;
		this.fieldTasks = fieldTasks;
		this.cases = cases;
		this.numbers = numbers;
		this.duplicates = duplicates;
		this.intake = intake;
		this.categories = categories;
		this.calendar = calendar;
		this.events = events;
	}

	/** Opens the case of a report, in the transaction that recorded it, with a duplicate hint (D2). */
	@EventListener
	void open(ReportReceived received) {
		var report = intake.report(received.reportId());
		var categoryId = report.getCategoryId();
		var key = categoryId == null ? null : keyOf(categories.get(categoryId));
		var now = calendar.now();
		var opened = EnforcementCase.open(numbers.next(now), Opening.of(report, key), new Step(actorOf(report), null,
				List.of(), now), calendar::deadline);
		cases.save(opened);
		duplicates.near(opened, now, 1).forEach(opened.getProblem()::suspectDuplicateOf);
		published(opened, 0);
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

	/** The case a report opened (platforms answer with its number and state). */
	@Transactional(readOnly = true)
	public Optional<CaseRef> byReport(long reportId) {
		return cases.findRefByReportId(reportId);
	}

	/**
	 * Cases of one channel as the public may see them (Open311), newest first: received in [from, to), optionally
	 * only these numbers, these category keys, open ({@code true}) or closed ({@code false}).
	 */
	@Transactional(readOnly = true)
	public List<PublicCase> publicCases(Channel source, Instant from, Instant to, List<String> numbers,
			List<String> categoryKeys, @Nullable Boolean open, int limit) {
		return publicCases.find(new PublicCases.Query(source, from, to, numbers, categoryKeys, open, limit));
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

	/** A case with its timeline and timers, if the scope covers it. */
	@PreAuthorize("hasAuthority('case:view')")
	@Transactional(readOnly = true)
	public EnforcementCase get(long id, DataScope scope) {
		var found = visible(id, scope);
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
		var subject = acting(id, version, CaseAction.ACCEPT, actor, scope);
		var category = categories.find(categoryId)
			.filter(c -> !c.isHeader() && c.isEnabled())
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.categoryNotUsable"));
		if (pin != null) {
			var report = intake.pin(subject.getReportId(), pin.lon(), pin.lat(), actor)
				.orElseThrow(() -> new CaseTransitionException("caseflow.error.outsideGrids"));
			subject.relocate(report.getPlace());
		}
		change(subject, () -> subject.accept(categoryId, keyOf(category), step(actor, opinion, List.of()),
				calendar::deadline));
	}

	/** A WGS84 point a person entered. */
	public record Point(double lon, double lat) {
	}

	/** #6 立案 under one of the category's enabled 立案条件. */
	@Transactional
	public void register(long id, long version, long conditionId, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = acting(id, version, CaseAction.REGISTER, actor, scope);
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
		change(subject, () -> subject.register(conditionId, condition.getPriority(), condition.getLimit(),
				step(actor, opinion, List.of()), calendar::deadline));
	}

	/** #8 派遣 to a unit that handles cases; a unit other than the routed one needs a reason. */
	@Transactional
	public void dispatch(long id, long version, long unitId, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = acting(id, version, CaseAction.DISPATCH, actor, scope);
		if (dispatchUnits().stream().noneMatch(u -> Long.valueOf(unitId).equals(u.getId()))) {
			throw new CaseTransitionException("caseflow.error.notHandlingUnit");
		}
		var routed = routedUnit(subject).orElse(null);
		change(subject, () -> subject.dispatch(unitId, routed, step(actor, opinion, List.of()), calendar::deadline));
	}

	/**
	 * #4 派核实 / #16 派核查 to one of the grid's members ({@link #fieldWorkers}); without one, every member of the
	 * grid who holds the authority sees the task.
	 */
	@Transactional
	public void sendTask(long id, long version, CaseAction action, @Nullable Long assignee, @Nullable String opinion,
			Actor actor, DataScope scope) {
		var subject = acting(id, version, action, actor, scope);
		fieldTasks.requireCandidate(subject, action, assignee);
		change(subject, () -> subject.sendTask(action, assignee, step(actor, opinion, List.of()), calendar::deadline));
	}

	/** Any action that needs no further data (签收, 回退, 反馈, 核查, 结案, 作废 …), with the photos taken for it. */
	@Transactional
	public void act(long id, long version, CaseAction action, @Nullable String opinion, List<Upload> photos,
			Actor actor, DataScope scope) {
		var subject = acting(id, version, action, actor, scope);
		var evidenceIds = evidence.storePhotos(photos, new EvidenceSource("CASE", null, actor.username()))
			.stream()
			.map(f -> Objects.requireNonNull(f.getId()))
			.toList();
		change(subject, () -> subject.act(action, step(actor, opinion, evidenceIds), calendar::deadline));
	}

	/** R1 延期申请 for a new deadline on {@code until}: at most one more original 处置时限. */
	@Transactional
	public void requestExtension(long id, long version, @Nullable LocalDate until, @Nullable String opinion,
			Actor actor, DataScope scope) {
		var subject = acting(id, version, CaseAction.EXTEND_REQUEST, actor, scope);
		var due = subject.getDisposeDueAt();
		if (until == null || due == null) {
			throw new CaseTransitionException("caseflow.error.extensionUntil");
		}
		var limit = subject.getDisposal().limit().orElse(Stage.DISPOSE.defaultLimit());
		change(subject, () -> subject.requestExtension(until, calendar.dueOn(until).at(),
				calendar.deadline(due, limit).at(), step(actor, opinion, List.of()), calendar::deadline));
	}

	/** R1 延期批准 to the date asked for, or to an earlier one ({@code grantedOn}). */
	@Transactional
	public void approveExtension(long id, long version, @Nullable LocalDate grantedOn, @Nullable String opinion,
			Actor actor, DataScope scope) {
		var subject = acting(id, version, CaseAction.EXTEND_APPROVE, actor, scope);
		var asked = subject.getRequest() == null ? null : subject.getRequest().until();
		var granted = grantedOn != null ? grantedOn : asked;
		if (granted == null) {
			throw new CaseTransitionException("caseflow.error.extensionGranted");
		}
		change(subject, () -> subject.approveExtension(granted, calendar.dueOn(granted), step(actor, opinion,
				List.of()), calendar::deadline));
	}

	/** R2 挂账申请 with the date the hold ends. */
	@Transactional
	public void requestHold(long id, long version, @Nullable LocalDate until, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = acting(id, version, CaseAction.HOLD_REQUEST, actor, scope);
		if (until == null) {
			throw new CaseTransitionException("caseflow.error.holdUntil");
		}
		change(subject, () -> subject.requestHold(until, calendar.today(), step(actor, opinion, List.of()),
				calendar::deadline));
	}

	/** R2 挂账批准 by the 值班长: the clock pauses until the date asked for. */
	@Transactional
	public void approveHold(long id, long version, @Nullable String opinion, Actor actor, DataScope scope) {
		var subject = acting(id, version, CaseAction.HOLD_APPROVE, actor, scope);
		change(subject, () -> subject.approveHold(step(actor, opinion, List.of()), calendar::deadline));
	}

	/** R2 恢复 by the 值班长 before the end date. */
	@Transactional
	public void resume(long id, long version, @Nullable String opinion, Actor actor, DataScope scope) {
		var subject = acting(id, version, CaseAction.RESUME, actor, scope);
		change(subject, () -> subject.resume(step(actor, opinion, List.of()), calendar::deadline, calendar::resume));
	}

	/** R2: held cases whose end date has passed resume by themselves; how many did. */
	@Transactional
	public int resumeEndedHolds() {
		var ended = cases.findHeldUntilBefore(calendar.today());
		for (var subject : ended) {
			change(subject, () -> subject.resume(new Step(new Actor(0, "system", "system"), null, List.of(),
					calendar.now()), calendar::deadline, calendar::resume));
		}
		return ended.size();
	}

	/** #22 合并 into the open case with this number. */
	@Transactional
	public void merge(long id, long version, String parentNumber, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = acting(id, version, CaseAction.MERGE, actor, scope);
		var parent = cases.findByNumber(parentNumber.strip())
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.mergeParent"));
		change(subject, () -> subject.mergeInto(parent, step(actor, opinion, List.of()), calendar::deadline));
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
		var subject = visible(id, scope);
		var raised = Objects.requireNonNull(subject.supervise(level, false, reason, dueAt, actor.name(), calendar.now()));
		cases.flush();
		events.publishEvent(new CaseEvents.SupervisionRaised(subject.getId(), subject.getNumber(),
				Objects.requireNonNull(raised.getId()), level, subject.getUnitId(), subject.getUnitGridCode(),
				dueAt, raised.getRaisedAt()));
	}

	/** The written answer to a 督办, by whoever works the case now (the unit, or the centre before dispatch). */
	@Transactional
	public void answerSupervision(long id, long supervisionId, String reply, Actor actor, DataScope scope) {
		var subject = visible(id, scope);
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
		change(subject, () -> subject.reopen(limit, new Step(new Actor(0, "channel", platform), reason, List.of(),
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
			change(subject, () -> subject.returnRefused(new Step(new Actor(0, "channel", platform), reason, List.of(),
					calendar.now()), calendar::deadline));
		}
	}

	/** Where a case stands, as a platform's 阶段性答复 tells the caller. */
	@Transactional(readOnly = true)
	public Optional<CaseProgress> progress(long id) {
		return cases.findById(id)
			.map(c -> new CaseProgress(c.getNumber(), c.getStatus(), c.getDisposeDueAt(), c.getDisposal().getHoldUntil()));
	}

	/**
	 * The case an action is taken on: 403 without the action's authority or when its {@link ActorRule} does not
	 * admit the person, 404 outside their 辖区, 409 when someone changed it since the page was shown.
	 */
	private EnforcementCase acting(long id, long version, CaseAction action, Actor actor, DataScope scope) {
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

	private EnforcementCase visible(long id, DataScope scope) {
		return cases.findById(id).filter(c -> covers(scope, c)).orElseThrow(() -> new CaseNotFoundException("" + id));
	}

	/** Whether the 辖区 sees the case: its place (region or own grid) or the unit handling it. */
	static boolean covers(DataScope scope, EnforcementCase subject) {
		var grid = subject.getUnitGridCode();
		var unit = subject.getUnitId();
		return scope.citywide() || (grid != null && scope.coversRegion(grid))
				|| (unit != null && scope.coversOrgUnit(unit));
	}

	private void change(EnforcementCase subject, Runnable transition) {
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

	private void published(EnforcementCase subject, int from) {
		var all = subject.getTransitions();
		for (var t : all.subList(from, all.size())) {
			events.publishEvent(new CaseEvents.CaseMoved(subject.getId(), subject.getNumber(),
					subject.getReportId(), t.getAction(), t.getFromStatus(), t.getToStatus(), t.getActorName(),
					t.getOpinion(), t.getAt()));
		}
	}

	private Step step(Actor actor, @Nullable String opinion, List<Long> evidenceIds) {
		return new Step(actor, opinion, evidenceIds, calendar.now());
	}

	private static String keyOf(Category category) {
		return (category.getKind() == CategoryKind.COMPONENT ? "C" : "E") + category.getCode();
	}
}
