package org.chengguan.appraisal;

import java.util.Set;

import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;

/**
 * Who sees what of an appraisal (who acts is {@link AppraisalAction}'s). The 执法股 sees every version; a published
 * one is seen by the squad's own members and by those whose 辖区 covers the squad; the pay grades and the 末位 only
 * by the squad's and the bureau's leaders ({@code appraisal:grades}) among them.
 */
public final class AppraisalAccess {

	/** The person looking: their unit, 辖区 and authorities. */
	public record Viewer(Actor actor, long orgUnitId, DataScope scope, Set<String> authorities) {

		public Viewer {
			authorities = Set.copyOf(authorities);
		}

		boolean holds(String authority) {
			return authorities.contains(authority);
		}
	}

	private AppraisalAccess() {
	}

	static boolean sees(Viewer viewer, Appraisal appraisal) {
		if (viewer.holds(AppraisalAction.AUTHORITY)) {
			return true;
		}
		return viewer.holds("appraisal:view") && appraisal.getStatus() == AppraisalStatus.PUBLISHED
				&& ofSquad(viewer, appraisal.getUnitId());
	}

	/** The pay grades and the 末位: a leader of the squad or the bureau, and only once published. */
	static boolean seesGrades(Viewer viewer, Appraisal appraisal) {
		return viewer.holds("appraisal:grades") && appraisal.getStatus() == AppraisalStatus.PUBLISHED
				&& ofSquad(viewer, appraisal.getUnitId());
	}

	/** The squad is the viewer's own or within their 辖区. */
	static boolean ofSquad(Viewer viewer, long unitId) {
		return viewer.orgUnitId() == unitId || viewer.scope().coversOrgUnit(unitId);
	}
}
