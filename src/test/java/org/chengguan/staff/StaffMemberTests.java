package org.chengguan.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffMemberTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static Authority authority(String code, boolean enforcement) {
		var authority = new Authority();
		set(authority, "code", code);
		set(authority, "enforcement", enforcement);
		return authority;
	}

	static Role role(String code, Authority... authorities) {
		var role = new Role(code, code, 0);
		role.grant(code, Set.of(authorities));
		return role;
	}

	static final Role OFFICER = role("ENFORCEMENT_OFFICER", authority("case:report", false),
			authority("penalty:handle", true));

	static final Role REPORTER = role("AUXILIARY", authority("case:report", false));

	static StaffMember member(boolean auxiliary, String certificate, LocalDate validTo, Role... roles) {
		return new StaffMember("u", "hash", new StaffMember.Profile("张三", null, new OrgUnit(), auxiliary, certificate,
				certificate == null ? null : LocalDate.of(2024, 1, 1), validTo, true, Set.of(roles)));
	}

	@Test
	void refusesAnAuxiliaryWithAnEnforcementRole() {
		assertThatThrownBy(() -> member(true, null, null, OFFICER)).isInstanceOf(StaffRuleException.class)
			.hasMessage("staff.error.auxiliaryEnforcement");
	}

	@Test
	void refusesAnAuxiliaryWithACertificate() {
		assertThatThrownBy(() -> member(true, "99010001", LocalDate.of(2029, 1, 1), REPORTER))
			.hasMessage("staff.error.auxiliaryCertificate");
	}

	@Test
	void grantsEnforcementOnlyWithAValidCertificate() {
		assertThat(member(false, "99010001", LocalDate.of(2029, 1, 1), OFFICER).effectiveAuthorities(TODAY))
			.containsExactly("ROLE_ENFORCEMENT_OFFICER", "case:report", "penalty:handle");
		assertThat(member(false, "99010001", LocalDate.of(2026, 6, 30), OFFICER).effectiveAuthorities(TODAY))
			.containsExactly("ROLE_ENFORCEMENT_OFFICER", "case:report");
		assertThat(member(false, null, null, OFFICER).effectiveAuthorities(TODAY))
			.containsExactly("ROLE_ENFORCEMENT_OFFICER", "case:report");
	}

	@Test
	void locksOnTheFifthFailureAndUnlocksAfterTheLockout() {
		var member = member(false, null, null, REPORTER);
		var now = Instant.parse("2026-11-22T01:00:00Z");
		for (var i = 1; i < 5; i++) {
			assertThat(member.failSignIn(5, Duration.ofMinutes(15), now)).isFalse();
		}
		assertThat(member.failSignIn(5, Duration.ofMinutes(15), now)).isTrue();
		assertThat(member.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(member.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "Chengguan#2026, zhangsan, ''", "short#1A, zhangsan, staff.password.length",
			"alllowercase1, zhangsan, staff.password.classes", "Zhangsan#2026x, zhangsan, staff.password.containsUsername",
			"NoSymbols2026a, zhangsan, ''" })
	void checksPasswordStrength(String password, String username, String problem) {
		var problems = PasswordPolicy.check(password, username);
		if (problem.isEmpty()) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).contains(problem);
		}
	}

	@ParameterizedTest
	@CsvSource({ "SQUAD, BRIGADE, true", "SQUAD, BUREAU, true", "SQUAD, SECTION, false", "BRIGADE, BUREAU, true",
			"BRIGADE, BRIGADE, false", "SECTION, BUREAU, true", "BUREAU, BUREAU, false" })
	void placesUnitsInTheTree(OrgUnitType child, OrgUnitType parent, boolean allowed) {
		assertThat(child.mayBeChildOf(parent)).isEqualTo(allowed);
	}

	private static void set(Object target, String name, Object value) {
		try {
			Field field = target.getClass().getDeclaredField(name);
			field.setAccessible(true);
			field.set(target, value);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
