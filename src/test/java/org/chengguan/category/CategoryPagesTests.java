package org.chengguan.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@ChengguanIntegrationTest
class CategoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	long id(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	String body(String path, String username) throws Exception {
		return mvc.perform(get(path).with(TestLogins.as(users, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anAdministratorMaintainsConditionsAndRoutes() throws Exception {
		var admin = TestLogins.as(users, "admin");
		var category = id("select id from category_item where kind = 'EVENT' and code = '06021'");
		mvc.perform(post("/categories/" + category + "/conditions").with(admin).with(csrf())
			.param("description", "露天烧烤，产生油烟")
			.param("priority", "HIGH")
			.param("amount", "2")
			.param("unit", "WORKING_HOUR")
			.param("closeCondition", "烧烤摊点已撤除")).andExpect(redirectedUrl("/categories/" + category));
		assertThat(body("/categories/" + category, "intake")).contains("露天烧烤，产生油烟").contains("2 工作时")
			.contains("烧烤摊点已撤除");
		assertThat(body("/categories?kind=EVENT&q=烧烤", "intake")).contains("06029");
		var condition = id("select id from category_condition where category_id = " + category);
		mvc.perform(post("/categories/" + category + "/conditions/" + condition).with(admin).with(csrf())
			.param("version", "0")
			.param("description", "露天烧烤，产生油烟")
			.param("priority", "HIGH")
			.param("amount", "1")
			.param("unit", "WORKING_HOUR")
			.param("closeCondition", "烧烤摊点已撤除")
			.param("enabled", "false")).andExpect(redirectedUrl("/categories/" + category));
		assertThat(jdbc.queryForObject("select limit_amount || ' ' || enabled from category_condition where id = "
				+ condition, String.class)).isEqualTo("1 false");
		// The same stale form again: refused, nothing changed.
		mvc.perform(post("/categories/" + category + "/conditions/" + condition).with(admin).with(csrf())
			.param("version", "0")
			.param("description", "改")
			.param("priority", "HIGH")
			.param("amount", "9")
			.param("unit", "WORKING_HOUR")
			.param("closeCondition", "改")).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select limit_amount from category_condition where id = " + condition,
				Integer.class)).isEqualTo(1);

		var sanitation = id("select id from staff_org_unit where code = 'SANITATION'");
		mvc.perform(post("/categories/routes").with(admin).with(csrf())
			.param("regionCode", "990102")
			.param("categoryId", "" + category)
			.param("orgUnitId", "" + sanitation)).andExpect(redirectedUrl("/categories/routes"));
		assertThat(body("/categories/routes", "intake")).contains("990102").contains("环境卫生管理所");
		var route = id("select id from category_route where region_code = '990102' and category_id = " + category);
		mvc.perform(post("/categories/routes/" + route + "/delete").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/categories/routes"));
		assertThat(id("select count(*) from category_route where id = " + route)).isZero();
	}

	@Test
	void onlyMaintainersChangeTheBook() throws Exception {
		var category = id("select id from category_item where kind = 'EVENT' and code = '06002'");
		mvc.perform(post("/categories/" + category + "/conditions").with(TestLogins.as(users, "intake")).with(csrf())
			.param("description", "x")
			.param("priority", "NORMAL")
			.param("amount", "1")
			.param("unit", "WORKING_DAY")
			.param("closeCondition", "y")).andExpect(status().isForbidden());
	}
}
