package org.chengguan.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's screens do what they say, leave an audit entry, and refuse stale edits. */
@ChengguanIntegrationTest
class AdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor admin() {
		return TestLogins.as(users, "admin");
	}

	long id(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	long sessionsOf(String username) {
		return id("select count(*) from spring_session where principal_name = ?", username);
	}

	void audited(String action, String target) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> id("select count(*) from audit_entry where action = ? and target = ?", action, target) > 0);
	}

	@Test
	void createsAndEditsAnOrgUnitWithItsJurisdiction() throws Exception {
		var brigade = id("select id from staff_org_unit where code = 'BRIGADE-1'");
		mvc.perform(post("/org-units").with(admin()).with(csrf())
			.param("code", "SQUAD-TEST")
			.param("name", "测试中队")
			.param("type", "SQUAD")
			.param("parentId", "" + brigade)
			.param("regions", "990101004, 990101005")).andExpect(redirectedUrl("/org-units"));
		var unit = id("select id from staff_org_unit where code = 'SQUAD-TEST'");
		assertThat(jdbc.queryForList("select region_code from staff_org_unit_region where org_unit_id = ? order by 1",
				String.class, unit)).containsExactly("990101004", "990101005");
		audited("org.create", "org:" + unit);
		mvc.perform(post("/org-units/" + unit).with(admin()).with(csrf())
			.param("version", "0")
			.param("code", "SQUAD-TEST")
			.param("name", "测试二中队")
			.param("type", "SQUAD")
			.param("parentId", "" + brigade)
			.param("regions", "990101004")).andExpect(redirectedUrl("/org-units"));
		assertThat(jdbc.queryForObject("select name from staff_org_unit where id = ?", String.class, unit))
			.isEqualTo("测试二中队");
		// A second edit from the same stale page loses, and changes nothing.
		mvc.perform(post("/org-units/" + unit).with(admin()).with(csrf())
			.param("version", "0")
			.param("code", "SQUAD-TEST")
			.param("name", "冲突")
			.param("type", "SQUAD")
			.param("parentId", "" + brigade)).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select name from staff_org_unit where id = ?", String.class, unit))
			.isEqualTo("测试二中队");
	}

	@Test
	void createsEditsAndResetsAStaffMember() throws Exception {
		var command = id("select id from staff_org_unit where code = 'COMMAND'");
		var intakeRole = id("select id from staff_role where code = 'INTAKE_CLERK'");
		mvc.perform(post("/staff").with(admin()).with(csrf())
			.param("username", "newclerk")
			.param("name", "新受理员")
			.param("phone", "13900001111")
			.param("orgUnitId", "" + command)
			.param("enabled", "true")
			.param("roleIds", "" + intakeRole)
			.param("password", "Welcome#2026a")).andExpect(redirectedUrlPattern("/staff/*"));
		var member = id("select id from staff_member where username = 'newclerk'");
		audited("staff.create", "staff:" + member);
		assertThat(users.loadUserByUsername("newclerk").getAuthorities()).extracting(Object::toString)
			.contains("ROLE_INTAKE_CLERK", "case:accept");
		mvc.perform(formLogin("/login").user("newclerk").password("Welcome#2026a"));
		assertThat(sessionsOf("newclerk")).isPositive();

		mvc.perform(post("/staff/" + member).with(admin()).with(csrf())
			.param("version", "0")
			.param("username", "newclerk")
			.param("name", "新受理员")
			.param("orgUnitId", "" + command)
			.param("enabled", "false")).andExpect(redirectedUrlPattern("/staff/*"));
		assertThat(users.loadUserByUsername("newclerk").isEnabled()).isFalse();
		// Disabling ends the open session at once.
		assertThat(sessionsOf("newclerk")).isZero();
		audited("staff.update", "staff:" + member);

		mvc.perform(post("/staff/" + member + "/password").with(admin()).with(csrf()).param("password",
				"Another#2026b")).andExpect(redirectedUrlPattern("/staff/*"));
		audited("staff.resetPassword", "staff:" + member);
	}

	@Test
	void changesARolesAuthorities() throws Exception {
		mvc.perform(post("/roles").with(admin()).with(csrf())
			.param("code", "NIGHT_DESK")
			.param("name", "夜间值守")
			.param("authorities", "grid:view", "calendar:view")).andExpect(redirectedUrl("/roles"));
		var role = id("select id from staff_role where code = 'NIGHT_DESK'");
		mvc.perform(post("/staff").with(admin()).with(csrf())
			.param("username", "nightclerk")
			.param("name", "夜班值守")
			.param("orgUnitId", "" + id("select id from staff_org_unit where code = 'COMMAND'"))
			.param("enabled", "true")
			.param("roleIds", "" + role)
			.param("password", "Welcome#2026a")).andExpect(redirectedUrlPattern("/staff/*"));
		mvc.perform(formLogin("/login").user("nightclerk").password("Welcome#2026a"));
		assertThat(sessionsOf("nightclerk")).isPositive();
		mvc.perform(post("/roles/" + role).with(admin()).with(csrf())
			.param("version", "0")
			.param("code", "NIGHT_DESK")
			.param("name", "夜间值守")
			.param("authorities", "grid:view", "case:accept")).andExpect(redirectedUrl("/roles"));
		assertThat(jdbc.queryForList("select authority_code from staff_role_authority where role_id = ? order by 1",
				String.class, role)).containsExactly("case:accept", "grid:view");
		audited("role.update", "role:NIGHT_DESK");
		// The holder's session ended, so the changed authorities apply at their next request.
		assertThat(sessionsOf("nightclerk")).isZero();
	}

	@Test
	void refusesAnEnforcementAuthorityForARoleAnAuxiliaryHolds() throws Exception {
		var auxiliaryRole = id("select id from staff_role where code = 'AUXILIARY'");
		var version = id("select version from staff_role where id = ?", auxiliaryRole);
		mvc.perform(post("/roles/" + auxiliaryRole).with(admin()).with(csrf())
			.param("version", "" + version)
			.param("code", "AUXILIARY")
			.param("name", "协管员")
			.param("authorities", "case:report", "penalty:handle")).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForList("select authority_code from staff_role_authority where role_id = ?",
				String.class, auxiliaryRole)).doesNotContain("penalty:handle");
	}
}
