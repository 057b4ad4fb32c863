package org.chengguan.caseflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The side branches that need a decision (domain.md §6.4): 延期 (R1) asked by the handling unit for a date and granted
 * by the 派遣员 or 值班长 to that date or less, 挂账 (R2) approved by the 值班长 and resumed by itself, 作废 (R6)
 * decided by the 值班长 — and the 待审批 inbox of those who decide them.
 */
@Service
public class ApprovalManagement {

	private final CaseRepository cases;

	private final CaseChanges changes;

	private final ApprovalInbox inbox;

	private final WorkingCalendar calendar;

	ApprovalManagement(CaseRepository cases, CaseChanges changes, ApprovalInbox inbox, WorkingCalendar calendar) {
		this.cases = cases;
		this.changes = changes;
		this.inbox = inbox;
		this.calendar = calendar;
	}

	/**
	 * 待审批: the requests waiting for this person — of the kinds their authorities decide, in their 辖区, never their
	 * own unit's — oldest first.
	 */
	@Transactional(readOnly = true)
	public List<PendingApproval> inbox(Set<String> authorities, long orgUnitId, DataScope scope) {
		var kinds = kinds(authorities);
		return kinds.isEmpty() ? List.of() : inbox.items(kinds, orgUnitId, scope);
	}

	/** How many requests wait for this person (the navigation bar shows it). */
	@Transactional(readOnly = true)
	public long waiting(Set<String> authorities, long orgUnitId, DataScope scope) {
		var kinds = kinds(authorities);
		return kinds.isEmpty() ? 0 : inbox.count(kinds, orgUnitId, scope);
	}

	/** Whether the person decides any kind of request. */
	public static boolean decides(Set<String> authorities) {
		return !kinds(authorities).isEmpty();
	}

	private static Set<PendingRequest> kinds(Set<String> authorities) {
		var kinds = EnumSet.noneOf(PendingRequest.class);
		for (var kind : PendingRequest.values()) {
			if (authorities.contains(kind.deciderAuthority())) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/** R1 延期申请 for a new deadline on {@code until}: at most one more original 处置时限. */
	@Transactional
	public void requestExtension(long id, long version, @Nullable LocalDate until, @Nullable String opinion,
			Actor actor, DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.EXTEND_REQUEST, actor, scope);
		var due = subject.getDisposeDueAt();
		if (until == null || due == null) {
			throw new CaseTransitionException("caseflow.error.extensionUntil");
		}
		var limit = subject.getDisposal().limit().orElse(Stage.DISPOSE.defaultLimit());
		changes.change(subject, () -> subject.requestExtension(until, calendar.dueOn(until).at(),
				calendar.deadline(due, limit).at(), changes.step(actor, opinion, List.of()), calendar::deadline));
	}

	/** R1 延期批准 to the date asked for, or to an earlier one ({@code grantedOn}). */
	@Transactional
	public void approveExtension(long id, long version, @Nullable LocalDate grantedOn, @Nullable String opinion,
			Actor actor, DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.EXTEND_APPROVE, actor, scope);
		var asked = subject.getRequest() == null ? null : subject.getRequest().until();
		var granted = grantedOn != null ? grantedOn : asked;
		if (granted == null) {
			throw new CaseTransitionException("caseflow.error.extensionGranted");
		}
		changes.change(subject, () -> subject.approveExtension(granted, calendar.dueOn(granted),
				changes.step(actor, opinion, List.of()), calendar::deadline));
	}

	/** R2 挂账申请 with the date the hold ends. */
	@Transactional
	public void requestHold(long id, long version, @Nullable LocalDate until, @Nullable String opinion, Actor actor,
			DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.HOLD_REQUEST, actor, scope);
		if (until == null) {
			throw new CaseTransitionException("caseflow.error.holdUntil");
		}
		changes.change(subject, () -> subject.requestHold(until, calendar.today(),
				changes.step(actor, opinion, List.of()), calendar::deadline));
	}

	/** R2 挂账批准 by the 值班长: the clock pauses until the date asked for. */
	@Transactional
	public void approveHold(long id, long version, @Nullable String opinion, Actor actor, DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.HOLD_APPROVE, actor, scope);
		changes.change(subject, () -> subject.approveHold(changes.step(actor, opinion, List.of()), calendar::deadline));
	}

	/** R2 恢复 by the 值班长 before the end date. */
	@Transactional
	public void resume(long id, long version, @Nullable String opinion, Actor actor, DataScope scope) {
		var subject = changes.acting(id, version, CaseAction.RESUME, actor, scope);
		changes.change(subject, () -> subject.resume(changes.step(actor, opinion, List.of()), calendar::deadline,
				calendar::resume));
	}

	/** R2: held cases whose end date has passed resume by themselves; how many did. */
	@Transactional
	public int resumeEndedHolds() {
		var ended = cases.findHeldUntilBefore(calendar.today());
		for (var subject : ended) {
			changes.change(subject, () -> subject.resume(new Step(new Actor(0, "system", "system"), null, List.of(),
					calendar.now()), calendar::deadline, calendar::resume));
		}
		return ended.size();
	}
}
