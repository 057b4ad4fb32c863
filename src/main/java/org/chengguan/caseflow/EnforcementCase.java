package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.DueDate;
import org.chengguan.category.Priority;
import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;

/**
 * 案卷: one problem from report to close. The status changes only here, by the transition table of
 * {@link CaseAction}; every change appends a {@link CaseTransition} and starts or stops the stage {@link CaseTimer}s.
 */
@Entity
@Table(name = "caseflow_case")
public class EnforcementCase {

	/** R1: at most two extensions. */
	static final int MAX_EXTENSIONS = 2;

	private static final int SUMMARY_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String number;

	private long reportId;

	@Enumerated(EnumType.STRING)
	private Channel source;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private @Nullable Long categoryId;

	private @Nullable String categoryKey;

	private @Nullable Long conditionId;

	@Enumerated(EnumType.STRING)
	private @Nullable Priority priority;

	private boolean urgent;

	private String summary;

	private @Nullable String address;

	private @Nullable Double lon;

	private @Nullable Double lat;

	private @Nullable String unitGridCode;

	private @Nullable String communityCode;

	private @Nullable String streetCode;

	private @Nullable String districtCode;

	private @Nullable Long unitId;

	private @Nullable Integer disposeLimitAmount;

	@Enumerated(EnumType.STRING)
	private @Nullable DeadlineUnit disposeLimitUnit;

	private boolean designated;

	private int returnCount;

	private int extensionCount;

	@Enumerated(EnumType.STRING)
	private @Nullable PendingRequest pendingRequest;

	private @Nullable Instant pendingSince;

	private @Nullable LocalDate holdRequestedUntil;

	private @Nullable LocalDate holdUntil;

	private int reworkCount;

	private @Nullable String supervisionLevel;

	private boolean selfDisposed;

	@Enumerated(EnumType.STRING)
	private OverdueLevel overdueLevel = OverdueLevel.NORMAL;

	private @Nullable Long duplicateOfId;

	private @Nullable Long suspectedDuplicateOfId;

	private Instant receivedAt;

	private @Nullable Instant disposeDueAt;

	private @Nullable Instant closedAt;

	@OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL)
	@OrderBy("seq")
	private List<CaseTransition> transitions = new ArrayList<>();

	@OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<CaseTimer> timers = new ArrayList<>();

	@OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<Supervision> supervisions = new ArrayList<>();

	@Version
	private long version;

	protected EnforcementCase() {
		this.number = "";
		this.source = Channel.PHONE_WALKIN;
		this.status = CaseStatus.REPORTED;
		this.summary = "";
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
		opened.categoryId = report.categoryId();
		opened.categoryKey = report.categoryKey();
		opened.urgent = report.urgent();
		var description = report.description().strip();
		opened.summary = description.length() > SUMMARY_LENGTH ? description.substring(0, SUMMARY_LENGTH)
				: description;
		opened.address = report.address();
		opened.relocate(report.place());
		opened.receivedAt = report.receivedAt();
		opened.selfDisposed = report.selfDisposed();
		if (report.source() == Channel.LEADERSHIP) {
			opened.supervisionLevel = "L3";
		}
		opened.record(CaseAction.REPORT, null, initialStatus(report),
				new Step(step.actor(), step.opinion(), report.beforePhotos(), step.at()), clock);
		if (report.selfDisposed()) {
			opened.act(CaseAction.SELF_DISPOSE, new Step(step.actor(), null, report.afterPhotos(), step.at()), clock);
		}
		return opened;
	}

	private static CaseStatus initialStatus(Opening report) {
		var ready = report.place().located() && report.categoryKey() != null;
		return switch (report.source()) {
			case VIDEO_AI -> CaseStatus.VERIFYING;
			case PATROL, LEADERSHIP, TRANSFER -> ready && !report.selfDisposed() ? CaseStatus.ACCEPTED
					: CaseStatus.REPORTED;
			default -> CaseStatus.REPORTED;
		};
	}

	/** Takes a (new) location, after a 受理员 pinned the report. */
	void relocate(Opening.Place place) {
		this.lon = place.lon();
		this.lat = place.lat();
		this.unitGridCode = place.unitGridCode();
		this.communityCode = place.communityCode();
		this.streetCode = place.streetCode();
		this.districtCode = place.districtCode();
	}

	/** An action without further data (签收, 派核查, 结案, 作废 …). */
	void act(CaseAction action, Step step, StageClock clock) {
		if (action == CaseAction.ACCEPT || action == CaseAction.REGISTER || action == CaseAction.DISPATCH
				|| action == CaseAction.MERGE || action == CaseAction.HOLD_REQUEST || action == CaseAction.RESUME
				|| !action.isManual()) {
			throw new IllegalArgumentException(action + " needs its data");
		}
		check(action, step);
		if (action == CaseAction.EXTEND_REQUEST) {
			// R1: before the deadline, at most two approvals.
			if (extensionCount >= MAX_EXTENSIONS) {
				throw new CaseTransitionException("caseflow.error.extensionMax");
			}
			if (disposeDueAt == null || !step.at().isBefore(disposeDueAt)) {
				throw new CaseTransitionException("caseflow.error.extensionLate");
			}
		}
		answerRequest(action, step.at());
		switch (action) {
			case EXTEND_APPROVE -> {
				// R1: each approval adds one original 处置时限 to the deadline.
				var due = clock.due(Objects.requireNonNull(disposeDueAt), limitFor(Stage.DISPOSE));
				disposeDueAt = due.at();
				runningTimer(Stage.DISPOSE).ifPresent(t -> t.extendTo(due));
				extensionCount++;
			}
			case HOLD_APPROVE -> holdUntil = holdRequestedUntil;
			case RETURN -> {
				if (designated) {
					// 潍坊12345条例 Art. 22 by analogy: a designated unit cannot return the case (R3).
					throw new CaseTransitionException("caseflow.error.designated");
				}
				returnCount++;
				unitId = null;
				disposeDueAt = null;
			}
			case CHECK_FAIL -> reworkCount++;
			case VERIFY_OK -> {
				if (categoryKey == null) {
					throw new CaseTransitionException("caseflow.error.noCategory");
				}
			}
			default -> {
			}
		}
		move(action, step, clock);
		if (action == CaseAction.HOLD_APPROVE) {
			// R2: the clock pauses while the case is held.
			runningTimer(Stage.DISPOSE).ifPresent(t -> t.pause(step.at()));
		}
	}

	/**
	 * R2 挂账申请: a problem that cannot be solved now, held until {@code until} (after today, at most one year on),
	 * once the 值班长 approves.
	 */
	void requestHold(LocalDate until, LocalDate today, Step step, StageClock clock) {
		check(CaseAction.HOLD_REQUEST, step);
		if (!until.isAfter(today) || until.isAfter(today.plusYears(1))) {
			throw new CaseTransitionException("caseflow.error.holdUntil");
		}
		answerRequest(CaseAction.HOLD_REQUEST, step.at());
		holdRequestedUntil = until;
		move(CaseAction.HOLD_REQUEST, step, clock);
	}

	/** R2 恢复: the hold ends (its end date came, or the 值班长 ended it); what was left of the limit counts again. */
	void resume(Step step, StageClock clock, Resumption resumption) {
		check(CaseAction.RESUME, step);
		runningTimer(Stage.DISPOSE).ifPresent(t -> {
			var pausedAt = Objects.requireNonNull(t.getPausedAt());
			var due = resumption.resume(t.getDueAt(), pausedAt, step.at(), t.getLimit().unit());
			t.resume(due);
			disposeDueAt = due.at();
		});
		holdUntil = null;
		move(CaseAction.RESUME, step, clock);
	}

	/** How a paused deadline resumes on the working calendar ({@code WorkingCalendar::resume}). */
	@FunctionalInterface
	interface Resumption {

		DueDate resume(Instant due, Instant pausedAt, Instant resumedAt, DeadlineUnit unit);
	}

	/** Whether the case page offers the action now: its state allows it, and a request is pending for an answer. */
	public boolean offers(CaseAction action) {
		if (!action.allowedFrom(status)) {
			return false;
		}
		var request = action.request();
		if (request == null) {
			return true;
		}
		if (action == CaseAction.EXTEND_REQUEST && extensionCount >= MAX_EXTENSIONS) {
			return false;
		}
		return action.isRequest() ? pendingRequest == null : pendingRequest == request;
	}

	/** Opens, answers or (作废 decided by the 值班长 directly) clears the pending request. */
	private void answerRequest(CaseAction action, Instant at) {
		var request = action.request();
		if (request != null && action.isRequest()) {
			if (pendingRequest != null) {
				throw new CaseTransitionException("caseflow.error.requestPending");
			}
			pendingRequest = request;
			pendingSince = at;
		}
		else if (request != null) {
			if (pendingRequest != request) {
				throw new CaseTransitionException("caseflow.error.noRequest");
			}
			pendingRequest = null;
			pendingSince = null;
		}
		else if (action == CaseAction.CANCEL) {
			pendingRequest = null;
			pendingSince = null;
		}
	}

	/** #2 受理: the category is set now if the channel did not set it, and the case must lie in a grid. */
	void accept(long categoryId, String categoryKey, Step step, StageClock clock) {
		check(CaseAction.ACCEPT, step);
		if (unitGridCode == null) {
			throw new CaseTransitionException("caseflow.error.notLocated");
		}
		this.categoryId = categoryId;
		this.categoryKey = categoryKey;
		move(CaseAction.ACCEPT, step, clock);
	}

	/** #6 立案 under a 立案条件 of the case's category: it sets the priority and the 处置时限. */
	void register(long conditionId, Priority priority, Deadline disposeLimit, Step step, StageClock clock) {
		check(CaseAction.REGISTER, step);
		this.conditionId = conditionId;
		this.priority = priority;
		this.disposeLimitAmount = disposeLimit.amount();
		this.disposeLimitUnit = disposeLimit.unit();
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
		this.unitId = unitId;
		this.designated = returnCount >= 2;
		move(CaseAction.DISPATCH, step, clock);
	}

	/**
	 * 不满意重办: a closed case goes back to its unit with a new 处置时限 (the hotline's 5 working days, 济南 Art. 27);
	 * the earlier attempts stay in the timeline.
	 */
	void reopen(Deadline limit, Step step, StageClock clock) {
		check(CaseAction.REOPEN, step);
		if (unitId == null) {
			throw new CaseTransitionException("caseflow.error.notAllowed");
		}
		this.disposeLimitAmount = limit.amount();
		this.disposeLimitUnit = limit.unit();
		this.disposeDueAt = null;
		this.closedAt = null;
		move(CaseAction.REOPEN, step, clock);
	}

	/** 退单未获批准: the platform kept the order with us, so the case waits in the 受理 queue again. */
	void returnRefused(Step step, StageClock clock) {
		check(CaseAction.RETURN_REFUSED, step);
		move(CaseAction.RETURN_REFUSED, step, clock);
	}

	/**
	 * The timer job found a running stage at a higher level (§6.6); the case shows the highest level of its running
	 * stages. False when the timer was already there.
	 */
	boolean escalate(CaseTimer timer, OverdueLevel level) {
		if (!timer.isRunning() || !timer.raise(level)) {
			return false;
		}
		overdueLevel = runningLevel();
		return true;
	}

	private OverdueLevel runningLevel() {
		return timers.stream()
			.filter(CaseTimer::isRunning)
			.map(CaseTimer::getLevel)
			.max(Comparator.naturalOrder())
			.orElse(OverdueLevel.NORMAL);
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
		if (automatic && supervisions.stream().anyMatch(s -> s.isAutomatic() && s.getLevel() == level)) {
			return null;
		}
		if (!dueAt.isAfter(at)) {
			throw new CaseTransitionException("caseflow.error.supervisionDue");
		}
		var supervision = new Supervision(this, level, automatic, reason, dueAt, by, at);
		supervisions.add(supervision);
		return supervision;
	}

	/** The unit's written answer to a 督办. */
	void answerSupervision(long supervisionId, String reply, String by, Instant at) {
		supervisions.stream()
			.filter(s -> Long.valueOf(supervisionId).equals(s.getId()))
			.findFirst()
			.orElseThrow(() -> new CaseTransitionException("caseflow.error.notAllowed"))
			.answer(reply, by, at);
	}

	public @Nullable PendingRequest getPendingRequest() {
		return pendingRequest;
	}


	public @Nullable LocalDate getHoldRequestedUntil() {
		return holdRequestedUntil;
	}

	public @Nullable LocalDate getHoldUntil() {
		return holdUntil;
	}

	public List<Supervision> getSupervisions() {
		return List.copyOf(supervisions);
	}

	/** #22 合并 into an open parent: the child closes with it (§4.5). */
	void mergeInto(EnforcementCase parent, Step step, StageClock clock) {
		check(CaseAction.MERGE, step);
		if (parent.status.isTerminal() || parent.id == null || parent.id.equals(id)) {
			throw new CaseTransitionException("caseflow.error.mergeParent");
		}
		this.duplicateOfId = parent.id;
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

	void suspectDuplicateOf(long otherId) {
		this.suspectedDuplicateOfId = otherId;
	}

	private void check(CaseAction action, Step step) {
		if (!action.allowedFrom(status)) {
			throw new CaseTransitionException("caseflow.error.notAllowed");
		}
		if (action.requiresOpinion() && step.opinion() == null) {
			throw new CaseTransitionException("caseflow.error.opinionRequired");
		}
		if (action.requiresPhoto() && step.evidenceIds().isEmpty()) {
			throw new CaseTransitionException("caseflow.error.photoRequired");
		}
	}

	/** Callers have {@link #check checked} the action. */
	private void move(CaseAction action, Step step, StageClock clock) {
		record(action, status, action.target(status), step, clock);
	}

	private void record(CaseAction action, @Nullable CaseStatus from, CaseStatus to, Step step, StageClock clock) {
		for (var timer : timers) {
			if (timer.isRunning() && !timer.getStage().runsIn(to)) {
				timer.stop(step.at());
			}
		}
		for (var stage : Stage.values()) {
			if (stage.runsIn(to) && runningTimer(stage).isEmpty()) {
				startTimer(stage, step.at(), clock);
			}
		}
		this.status = to;
		this.overdueLevel = runningLevel();
		if (to == CaseStatus.CLOSED) {
			this.closedAt = step.at();
		}
		transitions.add(new CaseTransition(this, transitions.size() + 1, action, from, to, step));
	}

	private void startTimer(Stage stage, Instant at, StageClock clock) {
		var limit = limitFor(stage);
		DueDate due;
		if (stage == Stage.DISPOSE && disposeDueAt != null) {
			// 返工 goes back to the same unit with the same deadline (R4).
			due = new DueDate(disposeDueAt, false);
		}
		else {
			due = clock.due(at, limit);
		}
		if (stage == Stage.DISPOSE) {
			disposeDueAt = due.at();
		}
		timers.add(new CaseTimer(this, stage, limit, at, due));
	}

	private Deadline limitFor(Stage stage) {
		if (stage == Stage.VERIFY && source.needsVerification()) {
			return Stage.CAMERA_VERIFY;
		}
		if (stage == Stage.DISPOSE && disposeLimitAmount != null && disposeLimitUnit != null) {
			return new Deadline(disposeLimitAmount, disposeLimitUnit);
		}
		return stage.defaultLimit();
	}

	public Optional<CaseTimer> runningTimer(Stage stage) {
		return timers.stream().filter(t -> t.getStage() == stage && t.isRunning()).findFirst();
	}

	/** The timer a page shows: the running one due first. */
	public Optional<CaseTimer> currentTimer() {
		return timers.stream().filter(CaseTimer::isRunning).min(Comparator.comparing(CaseTimer::getDueAt));
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Case not saved yet");
		}
		return id;
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

	public @Nullable Long getCategoryId() {
		return categoryId;
	}

	public @Nullable String getCategoryKey() {
		return categoryKey;
	}

	public @Nullable Long getConditionId() {
		return conditionId;
	}

	public @Nullable Priority getPriority() {
		return priority;
	}

	public boolean isUrgent() {
		return urgent;
	}

	public String getSummary() {
		return summary;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public @Nullable Double getLon() {
		return lon;
	}

	public @Nullable Double getLat() {
		return lat;
	}

	public @Nullable String getUnitGridCode() {
		return unitGridCode;
	}

	public @Nullable String getCommunityCode() {
		return communityCode;
	}

	public @Nullable String getStreetCode() {
		return streetCode;
	}

	public @Nullable String getDistrictCode() {
		return districtCode;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public boolean isDesignated() {
		return designated;
	}

	public int getReturnCount() {
		return returnCount;
	}

	public int getExtensionCount() {
		return extensionCount;
	}

	public int getReworkCount() {
		return reworkCount;
	}

	public @Nullable String getSupervisionLevel() {
		return supervisionLevel;
	}

	public boolean isSelfDisposed() {
		return selfDisposed;
	}

	public OverdueLevel getOverdueLevel() {
		return overdueLevel;
	}

	public @Nullable Long getDuplicateOfId() {
		return duplicateOfId;
	}

	public @Nullable Long getSuspectedDuplicateOfId() {
		return suspectedDuplicateOfId;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public @Nullable Instant getDisposeDueAt() {
		return disposeDueAt;
	}

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

	public List<CaseTransition> getTransitions() {
		return List.copyOf(transitions);
	}

	public List<CaseTimer> getTimers() {
		return List.copyOf(timers);
	}

	public long getVersion() {
		return version;
	}
}
