package org.chengguan.penalty;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * 违法行为 as the proceeding is about it: the party, where the lead came from, the act and when it happened and was
 * discovered, and the handling unit with its two officers (承办人 and 协办人).
 */
@Embeddable
public class Act {

	private long partyId;

	@Enumerated(EnumType.STRING)
	private ProceedingSource source;

	private @Nullable Long sourceCaseId;

	private long unitId;

	private @Nullable String streetCode;

	private @Nullable String districtCode;

	private long handlerId;

	private long coHandlerId;

	private String place;

	private String facts;

	private LocalDate actStartedOn;

	private @Nullable LocalDate actEndedOn;

	private boolean continuing;

	private LocalDate discoveredOn;

	private boolean graveHarm;

	protected Act() {
		this.source = ProceedingSource.CASE;
		this.place = "";
		this.facts = "";
		this.actStartedOn = LocalDate.EPOCH;
		this.discoveredOn = LocalDate.EPOCH;
	}

	Act(NewLead lead, long handlerId) {
		this.partyId = lead.partyId();
		this.source = lead.source();
		this.sourceCaseId = lead.sourceCaseId();
		this.unitId = lead.unitId();
		this.streetCode = lead.streetCode();
		this.districtCode = lead.districtCode();
		this.handlerId = handlerId;
		this.coHandlerId = lead.coHandlerId();
		this.place = lead.place().strip();
		this.facts = lead.facts().strip();
		this.actStartedOn = lead.actStartedOn();
		this.actEndedOn = lead.actEndedOn();
		this.continuing = lead.continuing();
		this.discoveredOn = lead.discoveredOn();
		this.graveHarm = lead.graveHarm();
	}

	/**
	 * 《行政处罚法》第三十六条：违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，
	 * 上述期限延长至五年 — counted from the act, or from its end for a continuing act.
	 */
	void requireWithinLimitation(LocalDate today) {
		var from = continuing ? (actEndedOn == null ? today : actEndedOn) : actStartedOn;
		if (discoveredOn.isAfter(from.plusYears(graveHarm ? 5 : 2))) {
			throw new PenaltyTransitionException("penalty.guard.art36");
		}
	}

	/** The 承办人 or the second officer. */
	public boolean isHandler(long staffId) {
		return staffId == handlerId || staffId == coHandlerId;
	}

	public long getPartyId() {
		return partyId;
	}

	public ProceedingSource getSource() {
		return source;
	}

	public @Nullable Long getSourceCaseId() {
		return sourceCaseId;
	}

	public long getUnitId() {
		return unitId;
	}

	public @Nullable String getStreetCode() {
		return streetCode;
	}

	public @Nullable String getDistrictCode() {
		return districtCode;
	}

	public long getHandlerId() {
		return handlerId;
	}

	public long getCoHandlerId() {
		return coHandlerId;
	}

	public String getPlace() {
		return place;
	}

	public String getFacts() {
		return facts;
	}

	public LocalDate getActStartedOn() {
		return actStartedOn;
	}

	public @Nullable LocalDate getActEndedOn() {
		return actEndedOn;
	}

	public boolean isContinuing() {
		return continuing;
	}

	public LocalDate getDiscoveredOn() {
		return discoveredOn;
	}

	public boolean isGraveHarm() {
		return graveHarm;
	}
}
