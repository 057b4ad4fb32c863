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
		this(Objects.requireNonNull(member.getId()), member.getUsername(), member.getName(),
				Objects.requireNonNull(member.getOrgUnit().getId()), member.getOrgUnit().getName(), authorities,
				member.isEnabled(), locked, member.getPasswordHash());
	}

	StaffPrincipal(long id, String username, String name, long orgUnitId, String orgUnitName, Set<String> authorities,
			boolean enabled, boolean locked, @Nullable String password) {
		this.id = id;
		this.username = username;
		this.name = name;
		this.orgUnitId = orgUnitId;
		this.orgUnitName = orgUnitName;
		this.authorities = Set.copyOf(authorities);
		this.enabled = enabled;
		this.locked = locked;
		this.password = password;
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
