package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** The 告知 (第四十四条), the party's answer to it and the hearing (第六十三条至第六十五条). */
@Embeddable
public class NoticeState {

	/** How a scheduled hearing ended. */
	public enum HearingOutcome {
		/** 已举行. */
		HELD,
		/** 当事人无正当理由未出席，视为放弃. */
		ABSENT
	}

	private @Nullable Instant noticeServedAt;

	private @Nullable String noticeMethod;

	private boolean hearingEligible;

	private boolean statementReceived;

	private @Nullable Instant waivedAt;

	private @Nullable Instant hearingRequestedAt;

	private @Nullable Instant hearingAt;

	private @Nullable String hearingPlace;

	private @Nullable Long hearingHostId;

	private @Nullable LocalDate hearingNotifiedOn;

	private @Nullable Boolean hearingPublic;

	@Enumerated(EnumType.STRING)
	private @Nullable HearingOutcome hearingOutcome;

	void served(Instant at, String method, boolean hearingEligible) {
		this.noticeServedAt = at;
		this.noticeMethod = method;
		this.hearingEligible = hearingEligible;
		this.statementReceived = false;
		this.waivedAt = null;
		this.hearingRequestedAt = null;
		this.hearingAt = null;
		this.hearingPlace = null;
		this.hearingHostId = null;
		this.hearingNotifiedOn = null;
		this.hearingPublic = null;
		this.hearingOutcome = null;
	}

	void statement() {
		this.statementReceived = true;
	}

	void waived(Instant at) {
		this.waivedAt = at;
	}

	void hearingRequested(Instant at) {
		this.hearingRequestedAt = at;
	}

	/**
	 * 安排听证 (《行政处罚法》第六十四条第（二）（四）项): notified at least 7 working days ahead, by a host who took no
	 * part in the investigation.
	 */
	void hearingScheduled(HearingPlan plan, boolean hostInvestigated, LocalDate today, PeriodClock clock) {
		if (hostInvestigated) {
			throw new PenaltyTransitionException("penalty.guard.art64Host");
		}
		var hearingDay = clock.dayOf(plan.at());
		if (plan.notifiedOn().isAfter(today) || clock.workingDaysBetween(plan.notifiedOn(), hearingDay) < 7) {
			throw new PenaltyTransitionException("penalty.guard.art64Notice");
		}
		this.hearingAt = plan.at();
		this.hearingPlace = plan.place().strip();
		this.hearingHostId = plan.hostId();
		this.hearingNotifiedOn = plan.notifiedOn();
		this.hearingPublic = plan.open();
	}

	/** Whether the hearing's time has come (it is held, or the party's absence noted, no earlier). */
	boolean hearingDue(Instant now) {
		return hearingAt != null && !now.isBefore(hearingAt);
	}

	void hearingEnded(HearingOutcome outcome, Instant at) {
		if (!hearingDue(at)) {
			throw new PenaltyTransitionException("penalty.error.hearingNotYet");
		}
		this.hearingOutcome = outcome;
	}

	public @Nullable Instant getNoticeServedAt() {
		return noticeServedAt;
	}

	public @Nullable String getNoticeMethod() {
		return noticeMethod;
	}

	public boolean isHearingEligible() {
		return hearingEligible;
	}

	public boolean isStatementReceived() {
		return statementReceived;
	}

	public @Nullable Instant getWaivedAt() {
		return waivedAt;
	}

	public @Nullable Instant getHearingRequestedAt() {
		return hearingRequestedAt;
	}

	public @Nullable Instant getHearingAt() {
		return hearingAt;
	}

	public @Nullable String getHearingPlace() {
		return hearingPlace;
	}

	public @Nullable Long getHearingHostId() {
		return hearingHostId;
	}

	public @Nullable LocalDate getHearingNotifiedOn() {
		return hearingNotifiedOn;
	}

	public @Nullable Boolean getHearingPublic() {
		return hearingPublic;
	}

	public @Nullable HearingOutcome getHearingOutcome() {
		return hearingOutcome;
	}

	/** A hearing took place (第五十八条第一款第（二）项 then requires 法制审核). */
	public boolean isHeard() {
		return hearingOutcome == HearingOutcome.HELD;
	}
}
