package org.chengguan.staff;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an empty database usable (the bureau root and, when a password is given in the environment, an {@code admin}
 * account) and refuses to run {@code prod} while any enabled account still has a demo password.
 */
@Component
class StaffBootstrap {

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private final OrgUnitRepository orgUnits;

	private final StaffRepository members;

	private final RoleRepository roles;

	private final PasswordEncoder passwordEncoder;

	private final StaffProperties properties;

	private final Environment environment;

	StaffBootstrap(OrgUnitRepository orgUnits, StaffRepository members, RoleRepository roles,
			PasswordEncoder passwordEncoder, StaffProperties properties, Environment environment) {
		this.orgUnits = orgUnits;
		this.members = members;
		this.roles = roles;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.environment = environment;
	}

	@Transactional
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationStartedEvent.class)
	void onStart() {
		if (environment.acceptsProfiles(Profiles.of("prod")) && members.existsByDemoCredentialsTrueAndEnabledTrue()) {
			throw new IllegalStateException("Refusing to start the prod profile: enabled accounts still use demo "
					+ "passwords. Change them (or disable the accounts) before going live.");
		}
		if (orgUnits.count() == 0) {
			orgUnits.save(new OrgUnit("BUREAU", properties.bureauName(), OrgUnitType.BUREAU, null));
			log.info("Created the bureau root unit '{}'", properties.bureauName());
		}
		var password = properties.initialAdminPassword();
		if (members.count() == 0 && password != null && !password.isBlank()) {
			var problems = PasswordPolicy.check(password, "admin");
			if (!problems.isEmpty()) {
				throw new IllegalStateException("chengguan.staff.initial-admin-password breaks the password policy: "
						+ problems);
			}
			var root = orgUnits.findByCode("BUREAU").orElseThrow();
			var admin = roles.findByCode("SYS_ADMIN").orElseThrow();
			members.save(new StaffMember("admin", passwordEncoder.encode(password), new StaffMember.Profile("系统管理员",
					null, root, false, null, null, null, true, Set.of(admin))));
			log.info("Created the initial account 'admin' with the SYS_ADMIN role");
		}
	}
}
