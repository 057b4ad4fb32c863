package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DueDate;
import org.chengguan.category.Priority;
import org.chengguan.intake.Channel;
import org.chengguan.intake.Place;
import org.jspecify.annotations.Nullable;

/**
 * 案卷: one problem from report to close. The status changes only here, by the transition table of
 * {@link CaseAction}; every change appends a {@link CaseTransition} and moves the {@link StageTimers}.
 */
@Entity
@Table(name = "caseflow_case")
public class EnforcementCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String number;

	private long reportId;

	@Enumerated(EnumType.STRING)
	private Channel source;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Embedded
	private Problem problem = new Problem();

	private @Nullable Long assigneeId;

	@Embedded
	private Disposal disposal = new Disposal();

	@Embedded
	private @Nullable ApprovalRequest request;

	private Instant receivedAt;

	private @Nullable Instant closedAt;

	@OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL)
	@OrderBy("seq")
	private List<CaseTransition> transitions = new ArrayList<>();

	@Embedded
	private StageTimers timers = new StageTimers();

	@Embedded
	private Supervisions supervisions = new Supervisions();

	@Version
	private long version;

	protected EnforcementCase() {
		this.number = "";
		this.source = Channel.PHONE_WALKIN;
		this.status = CaseStatus.REPORTED;
		this.receivedAt = Instant.EPOCH;
	}

	/**
	 * Opens the case of a report in the state its channel starts in (domain.md §4.1): camera alarms are verified
	 * first; patrol reports, leadership instructions and transfers arrive accepted when located and categorised; a
	 * patrol report fixed on the spot closes at once (R7).
	 */
	static EnforcementCase open(String number, Opening report, Step step, StageClock clock) {
		var opened = new EnforcementCase();
		opened.number = number;
		opened.reportId = report.reportId();
		opened.source = report.source();
		opened.problem = Problem.of(report);
		opened.receivedAt = report.receivedAt();
		if (report.source() == Channel.LEADERSHIP) {
			opened.supervisions.flag(SupervisionLevel.L3);
		}
		// a 监管通知单 item comes from the 督查股: 督办 from the start (domain.md §4.1)
		if (report.source() == Channel.SUPERVISION) {
			opened.supervisions.flag(SupervisionLevel.L2);
		}
		opened.record(CaseAction.REPORT, null, report.initialStatus(),
				new Step(step.actor(), step.opinion(), report.beforePhotos(), step.at()), clock, null);
		if (report.selfDisposed()) {
			opened.disposal.selfDisposed();
			opened.act(CaseAction.SELF_DISPOSE, new Step(step.actor(), null, report.afterPhotos(), step.at()), clock);
		}
		return opened;
	}

	/** Takes a (new) location, after a 受理员 pinned the report. */
	void relocate(Place place) {
		problem.relocate(place);
	}

	/** An action without further data (签收, 结案, 作废 …). */
	void act(CaseAction action, Step step, StageClock clock) {
		if (action.needsData() || !action.isManual()) {
			throw new IllegalArgumentException(action + " needs its data");
		}
		check(action, step);
		answerRequest(action, step.at(), null);
		switch (action) {
			case RETURN -> disposal.returned();
			case CHECK_FAIL -> disposal.reworked();
			case VERIFY_OK -> {
				if (problem.getCategoryKey() == null) {
					throw new CaseTransitionException("caseflow.error.noCategory");
				}
			}
			default -> {
			}
		}
		move(action, step, clock);
	}

	/**
	 * R1 延期申请, before the deadline, for a new deadline {@code until} (its close of office: {@code untilAt}) no later
	 * than one more original 处置时限 allows ({@code latest}).
	 */
	void requestExtension(LocalDate until, Instant untilAt, Instant latest, Step step, StageClock clock) {
		check(CaseAction.EXTEND_REQUEST, step);
		disposal.requireExtensionTo(untilAt, latest, step.at());
		answerRequest(CaseAction.EXTEND_REQUEST, step.at(), until);
		move(CaseAction.EXTEND_REQUEST, step, clock);
	}

	/** R1 延期批准 up to the date asked for, or less: the 处置 clock now runs to {@code granted}. */
	void approveExtension(LocalDate grantedOn, DueDate granted, Step step, StageClock clock) {
		check(CaseAction.EXTEND_APPROVE, step);
		disposal.extendTo(grantedOn, ApprovalRequest.asked(request, PendingRequest.EXTENSION), granted.at());
		answerRequest(CaseAction.EXTEND_APPROVE, step.at(), null);
		timers.extendDisposal(granted);
		move(CaseAction.EXTEND_APPROVE, step, clock);
	}

	/** #4 派核实 / #16 派核查: the field task goes to one person, or to every grid member while {@code assignee} is null. */
	void sendTask(CaseAction action, @Nullable Long assignee, Step step, StageClock clock) {
		if (action != CaseAction.SEND_VERIFY && action != CaseAction.SEND_CHECK) {
			throw new IllegalArgumentException(action + " is not a field task");
		}
		check(action, step);
		record(action, status, action.target(status), step, clock, assignee);
	}

	/**
	 * R2 挂账申请: a problem that cannot be solved now, held until {@code until} (after today, at most one year on),
	 * once the 值班长 approves.
	 */
	void requestHold(LocalDate until, LocalDate today, Step step, StageClock clock) {
		check(CaseAction.HOLD_REQUEST, step);
		ApprovalRequest.requireHoldUntil(until, today);
		answerRequest(CaseAction.HOLD_REQUEST, step.at(), until);
		move(CaseAction.HOLD_REQUEST, step, clock);
	}

	/** R2 挂账批准: the clock pauses until the end date asked for. */
	void approveHold(Step step, StageClock clock) {
		check(CaseAction.HOLD_APPROVE, step);
		disposal.hold(ApprovalRequest.asked(request, PendingRequest.HOLD));
		answerRequest(CaseAction.HOLD_APPROVE, step.at(), null);
		move(CaseAction.HOLD_APPROVE, step, clock);
		timers.pauseDisposal(step.at());
	}

	/** R2 恢复: the hold ends (its end date came, or the 值班长 ended it); what was left of the limit counts again. */
	void resume(Step step, StageClock clock, Resumption resumption) {
		check(CaseAction.RESUME, step);
		timers.resumeDisposal(step.at(), resumption).ifPresent(disposal::dueAt);
		disposal.hold(null);
		move(CaseAction.RESUME, step, clock);
	}

	/** Whether the case page offers the action now: its state allows it, and a request is pending for an answer. */
	public boolean offers(CaseAction action) {
		return action.allowedFrom(status) && ApprovalRequest.offered(request, action)
				&& (action != CaseAction.EXTEND_REQUEST || disposal.mayExtend());
	}

	private void answerRequest(CaseAction action, Instant at, @Nullable LocalDate until) {
		request = ApprovalRequest.after(request, action, at, until);
	}

	/** #2 受理: the category is set now if the channel did not set it, and the case must lie in a grid. */
	void accept(long categoryId, String categoryKey, Step step, StageClock clock) {
		check(CaseAction.ACCEPT, step);
		if (!problem.getPlace().located()) {
			throw new CaseTransitionException("caseflow.error.notLocated");
		}
		problem.classify(categoryId, categoryKey);
		move(CaseAction.ACCEPT, step, clock);
	}

	/** #6 立案 under a 立案条件 of the case's category: it sets the priority and the 处置时限. */
	void register(long conditionId, Priority priority, Deadline disposeLimit, Step step, StageClock clock) {
		check(CaseAction.REGISTER, step);
		problem.register(conditionId, priority);
		disposal.limit(disposeLimit);
		move(CaseAction.REGISTER, step, clock);
	}

	/**
	 * #8 派遣 to a unit; a unit other than the routed one needs a reason. After two returns the unit is designated
	 * and may not return the case again (R3).
	 */
	void dispatch(long unitId, @Nullable Long routedUnitId, Step step, StageClock clock) {
		check(CaseAction.DISPATCH, step);
		if (routedUnitId != null && unitId != routedUnitId && step.opinion() == null) {
			throw new CaseTransitionException("caseflow.error.overrideReason");
		}
		disposal.dispatchTo(unitId);
		move(CaseAction.DISPATCH, step, clock);
	}

	/**
	 * 不满意重办: a closed case goes back to its unit with a new 处置时限 (the hotline's 5 working days, 济南 Art. 27);
	 * the earlier attempts stay in the timeline.
	 */
	void reopen(Deadline limit, Step step, StageClock clock) {
		check(CaseAction.REOPEN, step);
		disposal.reopen(limit);
		this.closedAt = null;
		move(CaseAction.REOPEN, step, clock);
	}

	/**
	 * A platform's answer to our 退单 request: refused, a declined case waits in the 受理 queue again
	 * ({@code RETURN_REFUSED}); approved, an open case ends ({@code RETURN_APPROVED}).
	 */
	void platformAnswered(CaseAction answer, Step step, StageClock clock) {
		if (answer != CaseAction.RETURN_REFUSED && answer != CaseAction.RETURN_APPROVED) {
			throw new IllegalArgumentException(answer + " is not a platform's answer");
		}
		check(answer, step);
		move(answer, step, clock);
	}

	/** The timer job found a running stage at a higher level (§6.6): false when the timer was already there. */
	boolean escalate(CaseTimer timer, OverdueLevel level) {
		return timers.escalate(timer, level);
	}

	/**
	 * 督办 (R5) with its own due date; an automatic one (超期 → L1, 严重超期 → L2) is raised once per level. Null
	 * when the automatic one of this level exists already. Never on a finished case.
	 */
	@Nullable Supervision supervise(SupervisionLevel level, boolean automatic, String reason, Instant dueAt,
			String by, Instant at) {
		if (status.isTerminal()) {
			throw new CaseTransitionException("caseflow.error.notAllowed");
		}
		return supervisions.raise(this, level, automatic, reason, dueAt, by, at);
	}

	/** The unit's written answer to a 督办. */
	void answerSupervision(long supervisionId, String reply, String by, Instant at) {
		supervisions.answer(supervisionId, reply, by, at);
	}

	/** #22 合并 into an open parent: the child closes with it (§4.5). */
	void mergeInto(EnforcementCase parent, Step step, StageClock clock) {
		check(CaseAction.MERGE, step);
		if (parent.status.isTerminal() || parent.id == null || parent.id.equals(id)) {
			throw new CaseTransitionException("caseflow.error.mergeParent");
		}
		problem.duplicateOf(parent.id);
		move(CaseAction.MERGE, step, clock);
	}

	/** A merged child closes with its parent (§4.5): it stays 已合并 and takes the parent's closing time. */
	boolean closeWithParent(Instant at) {
		if (status != CaseStatus.MERGED || closedAt != null) {
			return false;
		}
		closedAt = at;
		return true;
	}

	private void check(CaseAction action, Step step) {
		action.requireAllowed(status, step);
	}

	/** Callers have {@link #check checked} the action. */
	private void move(CaseAction action, Step step, StageClock clock) {
		record(action, status, action.target(status), step, clock, null);
	}

	/** A move to another state ends the field task of the state it leaves; {@code assignee} takes the next one. */
	private void record(CaseAction action, @Nullable CaseStatus from, CaseStatus to, Step step, StageClock clock,
			@Nullable Long assignee) {
		disposal.dueAt(timers.enter(this, to, step.at(), getDisposeDueAt(), this::limitFor, clock));
		if (to != status || from == null) {
			assigneeId = assignee;
		}
		this.status = to;
		if (to == CaseStatus.CLOSED) {
			this.closedAt = step.at();
		}
		transitions.add(new CaseTransition(this, transitions.size() + 1, action, from, to, step, assignee));
	}

	private Deadline limitFor(Stage stage) {
		return stage.limit(source, disposal.limit());
	}

	public Optional<CaseTimer> runningTimer(Stage stage) {
		return timers.running(stage);
	}

	/** The timer a page shows: the running one due first. */
	public Optional<CaseTimer> currentTimer() {
		return timers.current();
	}

	public List<CaseTimer> getTimers() {
		return timers.all();
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Case not saved yet");
		}
		return id;
	}

	/** The id the database gave a case written without the persistence context ({@link CaseOpeningRows}). */
	void written(long id) {
		this.id = id;
	}

	@Nullable SupervisionLevel getSupervisionLevel() {
		return supervisions.level();
	}

	public String getNumber() {
		return number;
	}

	public long getReportId() {
		return reportId;
	}

	public Channel getSource() {
		return source;
	}

	public CaseStatus getStatus() {
		return status;
	}

	public Problem getProblem() {
		return problem;
	}

	public @Nullable String getUnitGridCode() {
		return problem.getPlace().unitGridCode();
	}

	public Disposal getDisposal() {
		return disposal;
	}

	public @Nullable Long getUnitId() {
		return disposal.getUnitId();
	}

	public @Nullable Instant getDisposeDueAt() {
		return disposal.getDisposeDueAt();
	}

	public @Nullable Long getAssigneeId() {
		return assigneeId;
	}

	public @Nullable ApprovalRequest getRequest() {
		return request;
	}

	/** 督办 (R5): flagged, or with a 督办 waiting for its answer. */
	public boolean isSupervised() {
		return supervisions.active();
	}

	public OverdueLevel getOverdueLevel() {
		return timers.overdueLevel();
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

	public List<CaseTransition> getTransitions() {
		return List.copyOf(transitions);
	}

	public List<Supervision> getSupervisions() {
		return supervisions.all();
	}

	public long getVersion() {
		return version;
	}
}
