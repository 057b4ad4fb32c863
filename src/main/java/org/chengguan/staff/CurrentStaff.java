package org.chengguan.staff;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The person behind the current request, and their 辖区 resolved once per request. */
@Component
public class CurrentStaff {

	private static final String SCOPE_ATTRIBUTE = CurrentStaff.class.getName() + ".scope";

	private final StaffManagement staff;

	CurrentStaff(StaffManagement staff) {
		this.staff = staff;
	}

	public Optional<StaffPrincipal> principal() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p ? Optional.of(p)
				: Optional.empty();
	}

	public StaffPrincipal require() {
		return principal().orElseThrow(() -> new IllegalStateException("No signed-in staff member"));
	}

	public long id() {
		return require().getId();
	}

	public Actor actor() {
		var principal = require();
		return new Actor(principal.getId(), principal.getUsername(), principal.getName());
	}

	public DataScope scope() {
		var request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return staff.scopeOf(id());
		}
		var cached = (DataScope) request.getAttribute(SCOPE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (cached == null) {
			cached = staff.scopeOf(id());
			request.setAttribute(SCOPE_ATTRIBUTE, cached, RequestAttributes.SCOPE_REQUEST);
		}
		return cached;
	}
}
