package org.chengguan.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@ChengguanIntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffManagement staff;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	String newAccount(String username) {
		TestLogins.withAuthorities(() -> {
			staff.provision(List.of(new NewAccount(username, "测试人员", null, "COMMAND", false, null, null, null,
					Set.of("INTAKE_CLERK"))), TestLogins.DEMO_PASSWORD, false, new Actor(0, "test", "测试"));
			return null;
		}, "admin:staff");
		return username;
	}

	long auditCount(String actor, String action) {
		return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = ?", Long.class, actor,
				action);
	}

	@Test
	void signsInADemoAccountAndAuditsIt() throws Exception {
		mvc.perform(formLogin("/login").user("dispatcher").password(TestLogins.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("dispatcher")
				.withAuthentication(a -> assertThat(a.getAuthorities()).extracting(Object::toString)
					.contains("ROLE_DISPATCHER", "case:dispatch", "data:citywide")
					.doesNotContain("admin:staff")));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditCount("dispatcher", "signIn") > 0);
		// Sessions live in PostgreSQL (Spring Session JDBC), so instances behind a load balancer share them.
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'dispatcher'",
				Long.class)).isPositive();
	}

	@Test
	void locksTheAccountAfterFiveFailuresForFifteenMinutes() throws Exception {
		var username = newAccount("locktest");
		for (var i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error=bad"))
				.andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(username).password(TestLogins.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login?error=locked"))
			.andExpect(unauthenticated());
		var lockedUntil = jdbc.queryForObject("select locked_until > now() + interval '14 minutes' from staff_member "
				+ "where username = ?", Boolean.class, username);
		assertThat(lockedUntil).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> auditCount(username, "lockedOut") == 1
				&& auditCount(username, "signInFailed") == 6);
	}

	@Test
	void auditsAFailureForAnUnknownUsername() throws Exception {
		mvc.perform(formLogin("/login").user("nobody-here").password("x")).andExpect(redirectedUrl("/login?error=bad"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where actor = 'nobody-here' and after_state = 'UNKNOWN_USER'",
				Long.class) > 0);
	}

	@Test
	void auditsSignOut() throws Exception {
		mvc.perform(post("/logout").with(TestLogins.as(users, "legal")).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		await().atMost(Duration.ofSeconds(10)).until(() -> auditCount("legal", "signOut") > 0);
	}

	@Test
	void issuesANewSessionOnSignIn() throws Exception {
		var before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		var after = mvc.perform(post("/login").param("username", "shift")
			.param("password", TestLogins.DEMO_PASSWORD)
			.with(csrf())
			.cookie(before)).andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
		// Session fixation: the session that existed before sign-in is not the signed-in one.
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void refusesFormsWithoutCsrfToken() throws Exception {
		mvc.perform(post("/account/password").with(TestLogins.as(users, "admin")).param("current", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void sendsSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self';")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void changesOwnPasswordOnlyWithTheCurrentOneAndAStrongNewOne() throws Exception {
		var username = newAccount("pwtest");
		var me = TestLogins.as(users, username);
		mvc.perform(post("/account/password").with(me).with(csrf())
			.param("current", "wrong")
			.param("next", "Strong#Pass2027")
			.param("confirm", "Strong#Pass2027")).andExpect(status().isBadRequest());
		mvc.perform(post("/account/password").with(me).with(csrf())
			.param("current", TestLogins.DEMO_PASSWORD)
			.param("next", "weakweakweak")
			.param("confirm", "weakweakweak")).andExpect(status().isBadRequest());
		mvc.perform(post("/account/password").with(me).with(csrf())
			.param("current", TestLogins.DEMO_PASSWORD)
			.param("next", "Strong#Pass2027")
			.param("confirm", "Strong#Pass2027")).andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user(username).password("Strong#Pass2027")).andExpect(authenticated());
	}
}
