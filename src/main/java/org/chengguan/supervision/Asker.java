package org.chengguan.supervision;

import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.staff.Actor;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.DataScope;
import org.springframework.security.core.GrantedAuthority;

/** Who is asking: their account, their unit, their 辖区 and the authorities they hold (for the rules beside the tables). */
record Asker(Actor actor, long orgUnitId, DataScope scope, Set<String> authorities) {

	static Asker of(CurrentStaff currentStaff) {
		var principal = currentStaff.require();
		return new Asker(currentStaff.actor(), principal.getOrgUnitId(), currentStaff.scope(),
				principal.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
	}

	boolean holds(String authority) {
		return authorities.contains(authority);
	}
}
