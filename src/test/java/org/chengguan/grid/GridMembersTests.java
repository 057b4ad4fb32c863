package org.chengguan.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 一格多员: a squad leader adds and removes members of their street's responsibility grids, and only those. */
@ChengguanIntegrationTest
class GridMembersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	long id(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void squadLeaderManagesTheirOwnGrids() throws Exception {
		var squad = TestLogins.as(users, "squad01");
		var own = id("select id from grid_responsibility_grid where code = 'RG990101001-3'");
		var other = id("select id from grid_responsibility_grid where code = 'RG990101002-3'");
		var squadLeader = id("select id from staff_member where username = 'squad01'");
		mvc.perform(post("/grids/responsibility/" + own + "/members").with(squad).with(csrf())
			.param("staffId", "" + squadLeader)
			.param("role", "INSPECTOR")).andExpect(redirectedUrl("/grids/responsibility/" + own));
		var member = id("select id from grid_member where responsibility_grid_id = " + own + " and staff_id = "
				+ squadLeader);
		mvc.perform(post("/grids/responsibility/" + own + "/members/" + member + "/delete").with(squad).with(csrf()))
			.andExpect(redirectedUrl("/grids/responsibility/" + own));
		assertThat(id("select count(*) from grid_member where id = " + member)).isZero();

		mvc.perform(post("/grids/responsibility/" + other + "/members").with(squad).with(csrf())
			.param("staffId", "" + squadLeader)
			.param("role", "INSPECTOR")).andExpect(status().isNotFound());
		mvc.perform(post("/grids/responsibility/" + own + "/members").with(TestLogins.as(users, "officer01"))
			.with(csrf())
			.param("staffId", "" + squadLeader)
			.param("role", "INSPECTOR")).andExpect(status().isForbidden());
	}
}
