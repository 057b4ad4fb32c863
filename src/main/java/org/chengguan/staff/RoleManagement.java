package org.chengguan.staff;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and the authorities they grant; administrators edit the mapping. */
@Service
@Transactional(readOnly = true)
class RoleManagement {

	private final RoleRepository roles;

	private final AuthorityRepository authorities;

	private final StaffRepository members;

	private final ApplicationEventPublisher events;

	private final OpenSessions sessions;

	private final Clock clock;

	RoleManagement(RoleRepository roles, AuthorityRepository authorities, StaffRepository members,
			ApplicationEventPublisher events, OpenSessions sessions,
			Clock clock) {
		this.roles = roles;
		this.authorities = authorities;
		this.members = members;
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
	}

	List<Role> roles() {
		return roles.findAllByOrderBySortOrderAscIdAsc();
	}

	List<Authority> authorities() {
		return authorities.findAllByOrderBySortOrder();
	}

	Role get(long id) {
		return roles.findById(id).orElseThrow(() -> new StaffNotFoundException("role", id));
	}

	@Transactional
	@PreAuthorize("hasAuthority('admin:role')")
	long create(RoleForm form, Actor actor) {
		if (roles.findByCode(form.code()).isPresent()) {
			throw new StaffRuleException("role.error.codeTaken");
		}
		var role = new Role(form.code(), form.name().trim(), 100);
		role.grant(form.name().trim(), resolve(form));
		var saved = roles.saveAndFlush(role);
		changed(actor, "role.create", saved, null, saved.describe());
		return Objects.requireNonNull(saved.getId());
	}

	/** Changes a role's authorities; its holders' sessions end so that the new rights apply at once. */
	@Transactional
	@PreAuthorize("hasAuthority('admin:role')")
	void update(long id, long expectedVersion, RoleForm form, Actor actor) {
		var role = get(id);
		StaffManagement.requireVersion(role.getVersion(), expectedVersion);
		var before = role.describe();
		role.grant(form.name().trim(), resolve(form));
		// 协管员只能从事辅助性工作: a role held by an auxiliary cannot gain an enforcement authority.
		if (role.grantsEnforcement() && members.existsAuxiliaryWithRole(id)) {
			throw new StaffRuleException("staff.error.auxiliaryEnforcement");
		}
		roles.saveAndFlush(role);
		changed(actor, "role.update", role, before, role.describe());
		members.findUsernamesByRoleId(id).forEach(sessions::end);
	}

	private java.util.Set<Authority> resolve(RoleForm form) {
		var found = new HashSet<>(authorities.findAllById(form.granted()));
		if (found.size() != form.granted().size()) {
			throw new StaffRuleException("role.error.unknownAuthority");
		}
		return found;
	}

	private void changed(Actor actor, String action, Role role, String before, String after) {
		events.publishEvent(new StaffEvents.AdminChanged(clock.instant(), actor.username(), action,
				"role:" + role.getCode(), before, after));
	}
}
