package org.chengguan.staff;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffRepository members;

	private final Clock clock;

	StaffUserDetailsService(StaffRepository members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var member = members.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		var now = clock.instant();
		return new StaffPrincipal(member, member.effectiveAuthorities(java.time.LocalDate.now(clock)),
				member.isLockedAt(now));
	}
}
