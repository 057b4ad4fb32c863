package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.Report;
import org.chengguan.intake.ReportReceived;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case loop's API: opens a case for every received report, and moves cases by the actions of
 * {@link CaseAction}, each checked against the actor's authorities and data scope.
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

	private final ApplicationEventPublisher events;

	private final PublicCases publicCases;

	CaseManagement(CaseRepository cases, CaseNumbers numbers, DuplicateFinder duplicates, IntakeManagement intake,
			CategoryManagement categories, StaffManagement staff, WorkingCalendar calendar,
			ApplicationEventPublisher events, PublicCases publicCases) {
		this.publicCases = publicCases;
		this.staff = staff;
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
		duplicates.near(opened, now, 1).forEach(opened::suspectDuplicateOf);
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

	/** The unit the routing rules propose for a case (grid × category → unit), if any. */
	@Transactional(readOnly = true)
	public Optional<Long> routedUnit(EnforcementCase subject) {
		var grid = subject.getUnitGridCode();
		var category = subject.getCategoryId();
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
	 * #2 受理 with the category the 受理员 confirmed or chose; an unlocated case is pinned at the point given
	 * (待定位 → located) first.
	 */
	@Transactional
	public void accept(long id, long version, long categoryId, @Nullable Point pin, Actor actor, DataScope scope) {
		var subject = acting(id, version, CaseAction.ACCEPT, scope);
		var category = categories.find(categoryId)
			.filter(c -> !c.isHeader() && c.isEnabled())
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.categoryNotUsable"));
		if (pin != null) {
			var report = intake.pin(subject.getReportId(), pin.lon(), pin.lat(), actor)
				.orElseThrow(() -> new CaseTransitionException("caseflow.error.outsideGrids"));
			subject.relocate(Opening.Place.of(report));
		}
		change(subject, () -> subject.accept(categoryId, keyOf(category), step(actor, null, List.of()),
				calendar::deadline));
	}

	/** A WGS84 point a person entered. */
	public record Point(double lon, double lat) {
	}

	/** #6 立案 under one of the category's enabled 立案条件. */
	@Transactional
	public void register(long id, long version, long conditionId, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = acting(id, version, CaseAction.REGISTER, scope);
		var categoryId = subject.getCategoryId();
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

	/** #8 派遣; a unit other than the routed one needs a reason. */
	@Transactional
	public void dispatch(long id, long version, long unitId, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = acting(id, version, CaseAction.DISPATCH, scope);
		var routed = routedUnit(subject).orElse(null);
		change(subject, () -> subject.dispatch(unitId, routed, step(actor, opinion, List.of()), calendar::deadline));
	}

	/** Any action that needs no further data: 签收, 回退, 反馈, 核查, 结案, 作废 … */
	@Transactional
	public void act(long id, long version, CaseAction action, @Nullable String opinion, List<Long> evidenceIds,
			Actor actor, DataScope scope) {
		var subject = acting(id, version, action, scope);
		change(subject, () -> subject.act(action, step(actor, opinion, evidenceIds), calendar::deadline));
	}

	/** R2 挂账申请 with the date the hold ends. */
	@Transactional
	public void requestHold(long id, long version, @Nullable LocalDate until, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = acting(id, version, CaseAction.HOLD_REQUEST, scope);
		if (until == null) {
			throw new CaseTransitionException("caseflow.error.holdUntil");
		}
		change(subject, () -> subject.requestHold(until, calendar.today(), step(actor, opinion, List.of()),
				calendar::deadline));
	}

	/** R2 恢复 by the 值班长 before the end date. */
	@Transactional
	public void resume(long id, long version, @Nullable String opinion, Actor actor, DataScope scope) {
		var subject = acting(id, version, CaseAction.RESUME, scope);
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
		var subject = acting(id, version, CaseAction.MERGE, scope);
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
		requireAuthority("case:supervise");
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
		if (!mayAnswer(subject)) {
			throw new AccessDeniedException("Not the case's handler");
		}
		subject.answerSupervision(supervisionId, reply, actor.name(), calendar.now());
	}

	/** Whether the signed-in person may answer the case's 督办: the unit's staff once dispatched, else the centre. */
	public boolean mayAnswer(EnforcementCase subject) {
		return hasAuthority(subject.getUnitId() != null ? "case:dispose" : "case:accept");
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
			.map(c -> new CaseProgress(c.getNumber(), c.getStatus(), c.getDisposeDueAt(), c.getHoldUntil()));
	}

	private EnforcementCase acting(long id, long version, CaseAction action, DataScope scope) {
		requireAuthority(action.authority());
		var subject = visible(id, scope);
		if (subject.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(EnforcementCase.class, id);
		}
		return subject;
	}

	private EnforcementCase visible(long id, DataScope scope) {
		return cases.findById(id).filter(c -> covers(scope, c)).orElseThrow(() -> new CaseNotFoundException("" + id));
	}

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

	private static void requireAuthority(String authority) {
		if (!hasAuthority(authority)) {
			throw new AccessDeniedException("Missing " + authority);
		}
	}

	private static boolean hasAuthority(String authority) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
