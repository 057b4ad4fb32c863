package org.chengguan.supervision;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import static org.chengguan.supervision.HotspotStatus.CLEARED;
import static org.chengguan.supervision.HotspotStatus.LISTED;
import static org.chengguan.supervision.HotspotStatus.PROPOSED;
import static org.chengguan.supervision.HotspotStatus.REBOUNDED;
import static org.chengguan.supervision.HotspotStatus.REMEDIATING;
import static org.chengguan.supervision.HotspotStatus.RETIRED;
import static org.chengguan.supervision.HotspotStatus.REVISIT;

/**
 * The transition table of the hotspot ledger (domain.md §3.3): the states each step starts from, where it leads (an
 * inspection's target depends on what it found), and the authority it needs; who among its holders may take it is
 * {@link #allows}.
 */
enum HotspotAction {

	/** 上账 with a responsible unit and a target (again after a rebound). */
	LIST(EnumSet.of(PROPOSED, REBOUNDED), LISTED, "supervision:manage"),
	/** 不予上账: the proposal is declined. */
	DECLINE(EnumSet.of(PROPOSED), RETIRED, "supervision:manage"),
	/** 开始整治 by the responsible unit. */
	START(EnumSet.of(LISTED), REMEDIATING, "case:dispose"),
	/** 巡查: what an inspection found; during 回头看 a violation is a rebound. */
	INSPECT(EnumSet.of(LISTED, REMEDIATING, CLEARED, REVISIT), null, "case:check"),
	/** 销账, approved by a supervisor once three inspections in a row over 14 days found nothing. */
	CLEAR(EnumSet.of(REMEDIATING), CLEARED, "supervision:manage"),
	/** 退出 after six months of monthly 回头看 without a violation. */
	RETIRE(EnumSet.of(REVISIT), RETIRED, "supervision:manage");

	private final Set<HotspotStatus> from;

	private final @Nullable HotspotStatus to;

	private final String authority;

	HotspotAction(Set<HotspotStatus> from, @Nullable HotspotStatus to, String authority) {
		this.from = from;
		this.to = to;
		this.authority = authority;
	}

	boolean allowedFrom(HotspotStatus status) {
		return from.contains(status);
	}

	@Nullable HotspotStatus target() {
		return to;
	}

	/**
	 * Whether this person may take the step on the point now: the 督查股 ({@code supervision:manage}) may take every
	 * step; the responsible unit starts the remediation; inspectors ({@code case:check}) inspect.
	 */
	boolean allows(Asker asker, Hotspot point) {
		if (!allowedFrom(point.getStatus())) {
			return false;
		}
		if (asker.holds("supervision:manage")) {
			return true;
		}
		if (this == START) {
			return asker.holds(authority) && point.getResponsibleUnitId() != null
					&& point.getResponsibleUnitId() == asker.orgUnitId();
		}
		return this == INSPECT && asker.holds(authority);
	}
}
