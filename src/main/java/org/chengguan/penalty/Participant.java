package org.chengguan.penalty;

import java.util.Set;

/**
 * A person acting on a proceeding, as the rules need to see them: their authorities, whether their 执法证 is valid
 * today (a 协管员 has none), whether they hold the 法律职业资格 (第五十八条), and whether the proceeding's handling unit
 * is theirs or below theirs.
 */
public record Participant(long staffId, String name, Set<String> authorities, boolean certified,
		boolean legalQualified, boolean inHandlingUnit) {

	public Participant {
		authorities = Set.copyOf(authorities);
	}

	boolean holds(String authority) {
		return authorities.contains(authority);
	}
}
