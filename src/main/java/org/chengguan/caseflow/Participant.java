package org.chengguan.caseflow;

import java.util.Set;

/**
 * A person asking to act on a case: who they are, the org unit they act for, and the authorities they hold now. Their
 * 辖区 was checked before (they see the case); {@link ActorRule} decides whether they may act.
 */
record Participant(long staffId, long orgUnitId, Set<String> authorities) {

	Participant {
		authorities = Set.copyOf(authorities);
	}

	boolean holds(String authority) {
		return authorities.contains(authority);
	}
}
