package org.chengguan.staff;

import java.util.Objects;
import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as kept in the HTTP session (serialised into PostgreSQL by Spring Session). */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String name;

	private final long orgUnitId;

	private final String orgUnitName;

	private final Set<String> authorities;

	private final boolean enabled;

	private final boolean locked;

	private @Nullable String password;

	StaffPrincipal(StaffMember member, Set<String> authorities, boolean locked) {
		this.id = Objects.requireNonNull(member.getId());
		this.username = member.getUsername();
		this.name = member.getName();
		this.orgUnitId = Objects.requireNonNull(member.getOrgUnit().getId());
		this.orgUnitName = member.getOrgUnit().getName();
		this.authorities = Set.copyOf(authorities);
		this.enabled = member.isEnabled();
		this.locked = locked;
		this.password = member.getPasswordHash();
	}

	public long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public long getOrgUnitId() {
		return orgUnitId;
	}

	public String getOrgUnitName() {
		return orgUnitName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AuthorityUtils.createAuthorityList(authorities);
	}

	@Override
	public @Nullable String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal p && p.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + id + ", " + username + "]";
	}
}
