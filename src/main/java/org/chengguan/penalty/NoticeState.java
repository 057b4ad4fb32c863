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

	void hearingScheduled(Instant at, String place, long hostId, LocalDate notifiedOn, boolean open) {
		this.hearingAt = at;
		this.hearingPlace = place;
		this.hearingHostId = hostId;
		this.hearingNotifiedOn = notifiedOn;
		this.hearingPublic = open;
	}

	void hearingEnded(HearingOutcome outcome) {
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
