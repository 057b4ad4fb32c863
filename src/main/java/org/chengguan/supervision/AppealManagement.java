package org.chengguan.supervision;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseFactManagement;
import org.chengguan.caseflow.CaseStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申诉: a handling unit appeals the 处置超时 of a case it closed late, within {@link #WINDOW} of closing; the 派遣员
 * reviews first, a 受理员 second. An approved appeal marks the case's fact, so that the adjusted figures leave it out
 * from the next rollup on; the raw figures keep it.
 */
@Service
@Transactional
class AppealManagement {

	/** How long after closing a case may be appealed. */
	static final Duration WINDOW = Duration.ofDays(10);

	private final AppealRepository appeals;

	private final CaseFactManagement cases;

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	AppealManagement(AppealRepository appeals, CaseFactManagement cases, JdbcTemplate jdbc, WorkingCalendar calendar) {
		this.appeals = appeals;
		this.cases = cases;
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The appeals this person deals with: the desks' queues and recent decisions, or their own unit's. */
	@Transactional(readOnly = true)
	List<Appeal> visibleTo(Asker asker) {
		if (asker.holds("case:dispatch") || asker.holds("case:accept")
				|| (asker.holds("supervision:view") && asker.scope().citywide())) {
			return appeals.findTop200ByStatusInOrderBySubmittedAtDesc(EnumSet.allOf(AppealStatus.class));
		}
		return appeals.findTop200ByUnitIdInOrderBySubmittedAtDesc(Set.of(asker.orgUnitId()));
	}

	/** 提交申诉 for the case of this number; its id. */
	long submit(String caseNumber, String reason, Asker asker) {
		if (!asker.holds("case:dispose")) {
			throw new AppealRuleException("supervision.appeal.error.notUnit");
		}
		var found = cases.listing(caseNumber, asker.scope())
			.orElseThrow(() -> new AppealRuleException("supervision.appeal.error.noCase"));
		if (found.unitId() == null || found.unitId() != asker.orgUnitId()) {
			throw new AppealRuleException("supervision.appeal.error.notUnit");
		}
		if (found.status() != CaseStatus.CLOSED || found.closedAt() == null) {
			throw new AppealRuleException("supervision.appeal.error.notClosed");
		}
		if (found.closedAt().plus(WINDOW).isBefore(calendar.now())) {
			throw new AppealRuleException("supervision.appeal.error.late");
		}
		var onTime = jdbc.queryForList("select closed_on_time from supervision_case_fact where case_id = ?",
				Integer.class, found.id());
		if (onTime.isEmpty() || onTime.get(0) == 1) {
			throw new AppealRuleException("supervision.appeal.error.notOverdue");
		}
		if (appeals.existsByCaseIdAndStatusNot(found.id(), AppealStatus.REJECTED)) {
			throw new AppealRuleException("supervision.appeal.error.twice");
		}
		return appeals.save(new Appeal(found.id(), found.number(), asker.orgUnitId(), reason,
				asker.actor().username(), calendar.now())).getId();
	}

	/** One review; a rejection needs its opinion. Approved at the second review, the case leaves the adjusted view. */
	void decide(long id, long rowVersion, AppealAction action, @Nullable String opinion, Asker asker) {
		var appeal = appeals.findById(id).orElseThrow(() -> new AppealRuleException("supervision.appeal.error.noAppeal"));
		if (appeal.getRowVersion() != rowVersion) {
			throw new ObjectOptimisticLockingFailureException(Appeal.class, id);
		}
		if (!action.allows(asker.actor(), asker.holds(action.authority()), appeal)) {
			throw new AppealRuleException("supervision.appeal.error.notYours");
		}
		var rejects = action == AppealAction.FIRST_REJECT || action == AppealAction.SECOND_REJECT;
		if (rejects && (opinion == null || opinion.isBlank())) {
			throw new AppealRuleException("supervision.appeal.error.opinion");
		}
		appeal.decide(action, asker.actor().username(), opinion, calendar.now());
		if (appeal.getStatus() == AppealStatus.APPROVED) {
			jdbc.update("update supervision_case_fact set appealed = true, dirty = true where case_id = ?",
					appeal.getCaseId());
		}
	}
}
