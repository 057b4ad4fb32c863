package org.chengguan.staff;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Turns Spring Security's sign-in events into lockout counting and audited staff events. */
@Component
class SignInBookkeeping {

	private final StaffManagement staff;

	private final StaffProperties properties;

	SignInBookkeeping(StaffManagement staff, StaffProperties properties) {
		this.staff = staff;
		this.properties = properties;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		staff.recordSignIn(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		var reason = event instanceof AuthenticationFailureLockedEvent ? "LOCKED"
				: event instanceof AuthenticationFailureDisabledEvent ? "DISABLED"
						: event instanceof AuthenticationFailureBadCredentialsEvent ? "BAD_CREDENTIALS" : "OTHER";
		staff.recordFailedSignIn(event.getAuthentication().getName(), reason, properties.maxFailedAttempts(),
				properties.lockout(), remoteAddress(event.getAuthentication()));
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		staff.recordSignOut(event.getAuthentication().getName());
	}

	private static @Nullable String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}
}
