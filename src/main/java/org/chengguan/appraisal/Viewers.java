package org.chengguan.appraisal;

import java.util.stream.Collectors;

import org.chengguan.staff.CurrentStaff;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** The signed-in person as an appraisal {@link AppraisalAccess.Viewer}. */
@Component
class Viewers {

	private final CurrentStaff currentStaff;

	Viewers(CurrentStaff currentStaff) {
		this.currentStaff = currentStaff;
	}

	AppraisalAccess.Viewer current() {
		var principal = currentStaff.require();
		return new AppraisalAccess.Viewer(currentStaff.actor(), principal.getOrgUnitId(), currentStaff.scope(),
				principal.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
	}
}
