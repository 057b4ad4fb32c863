package org.chengguan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@ChengguanIntegrationTest
class HomePageTests {

	/** Every page a menu links to, and the pages they lead to. */
	static final List<String> PAGES = List.of("/", "/map", "/grids", "/grids/regions", "/grids/990101001001001",
			"/grids/990101001001001/panel", "/grids/responsibility/1", "/staff", "/calendar", "/calendar?year=2027",
			"/org-units", "/org-units/new", "/roles", "/roles/new", "/staff/new", "/grids/import", "/audit",
			"/account/password", "/?lang=en", "/categories", "/categories?kind=COMPONENT&q=井盖",
			"/categories/routes", "/cases", "/cases?queue=INTAKE", "/cases?queue=DISPATCH&overdue=true",
			"/cases?queue=UNIT&region=990101&from=2026-01-01&to=2026-12-31&q=垃圾", "/cases?lang=en",
			"/video/cameras", "/patrol", "/intake/new", "/notifications",
			"/cases/overdue", "/cases?unit=0&level=SEVERE", "/cases/map", "/cases/map/points", "/tasks");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest(name = "{0} ({1}) signs in and sees the home page")
	@CsvSource({ "admin, SYS_ADMIN", "director, DIRECTOR", "deputy, DEPUTY_DIRECTOR", "leader, LEADERSHIP_MEMBER",
			"legal, LEGAL_REVIEWER", "supervisor, SUPERVISOR", "inspector, INSPECTOR", "intake, INTAKE_CLERK",
			"dispatcher, DISPATCHER", "shift, SHIFT_LEADER", "hotline, HOTLINE_LIAISON", "handler, UNIT_HANDLER",
			"brigade1, BRIGADE_LEADER", "squad01, SQUAD_LEADER", "officer01, ENFORCEMENT_OFFICER",
			"grid01, GRID_OFFICER", "aux01, AUXILIARY" })
	void everyRoleSignsInToItsHomePage(String username, String role) throws Exception {
		mvc.perform(formLogin("/login").user(username).password(TestLogins.DEMO_PASSWORD))
			.andExpect(authenticated().withAuthentication(a -> assertThat(a.getAuthorities())
				.extracting(Object::toString)
				.contains("ROLE_" + role)));
		var home = body("/", username);
		assertThat(home).contains("欢迎").contains("我的信息");
		for (var page : PAGES) {
			var status = mvc.perform(get(page).with(TestLogins.as(users, username))).andReturn().getResponse().getStatus();
			// 403 without the authority, 404 outside the jurisdiction; never a server error.
			assertThat(status).as(username + " " + page).isIn(200, 403, 404);
		}
	}

	@Test
	void showsGridMembersTheirGridsAndTheCityToLeaders() throws Exception {
		assertThat(body("/", "grid01")).contains("我负责的责任网格").contains("枫林街道第1责任网格");
		assertThat(body("/", "aux01")).contains("我负责的责任网格");
		assertThat(body("/", "director")).contains("全市概况").contains("单元网格：2100").contains("责任网格：63");
		assertThat(body("/", "squad01")).contains("辖区概况").contains("单元网格：100").contains("990101001");
	}

	@Test
	void flagsAnExpiredCertificateAndWithholdsEnforcement() throws Exception {
		assertThat(body("/", "officer21")).contains("已过期或未生效");
		assertThat(users.loadUserByUsername("officer21").getAuthorities()).extracting(Object::toString)
			.contains("ROLE_ENFORCEMENT_OFFICER")
			.doesNotContain("penalty:handle");
		assertThat(users.loadUserByUsername("officer01").getAuthorities()).extracting(Object::toString)
			.contains("penalty:handle");
		assertThat(users.loadUserByUsername("aux01").getAuthorities()).extracting(Object::toString)
			.noneMatch(a -> a.startsWith("penalty:"));
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		assertThat(body("/?lang=en", "admin")).contains("Welcome").doesNotContain("欢迎");
	}

	String body(String path, String username) throws Exception {
		return mvc.perform(get(path).with(TestLogins.as(users, username)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
