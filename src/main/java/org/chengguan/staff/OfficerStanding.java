package org.chengguan.staff;

import java.util.Set;

/**
 * A person as the rules of enforcement see them today (《行政处罚法》第四十二条、第五十八条): the authorities they hold
 * now, a valid 执法证, the 法律职业资格, and the org units they lead or belong to (their unit and everything under it).
 */
public record OfficerStanding(long staffId, String name, Set<String> authorities, boolean certified,
		boolean legalQualified, Set<Long> orgUnitSubtree) {

	public OfficerStanding {
		authorities = Set.copyOf(authorities);
		orgUnitSubtree = Set.copyOf(orgUnitSubtree);
	}
}
