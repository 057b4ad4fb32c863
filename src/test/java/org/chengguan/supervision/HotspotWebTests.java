package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hotspot ledger as its people work it: five complaints within 50 m make a proposal overnight; the 督查股 lists it
 * with the street's squad, which starts; an inspector's violation opens a patrol case; 销账 waits for its rule.
 */
@ChengguanIntegrationTest
class HotspotWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HotspotManagement hotspots;

	@Autowired
	HotspotRepository repository;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void fiveComplaintsMakeAProposalThatIsListedStartedAndInspected() throws Exception {
		var steps = new CaseSteps(mvc, jdbc, users);
		for (var i = 0; i < 5; i++) {
			steps.pushOrder("热点：夜市噪音与占道 " + i);
		}
		assertThat(hotspots.proposeClusters()).isPositive();
		assertThat(hotspots.proposeClusters()).isZero();
		// the cluster of these orders, in the first unit grid (other tests' complaints may cluster elsewhere)
		var id = jdbc.queryForObject("""
				select max(id) from supervision_hotspot where origin = 'COMPLAINT_CLUSTER' and status = 'PROPOSED'
				  and unit_grid_code = (select min(code) from grid_unit_grid)""", Long.class);
		var squad = jdbc.queryForObject("select org_unit_id from staff_member where username = 'squad01'", Long.class);

		act(id, "LIST", "inspector", "unitId", squad.toString(), "target", "夜市路口动态清零")
			.andExpect(flash().attribute("problem", "supervision.hotspot.error.notYours"));
		act(id, "LIST", "supervisor", "unitId", squad.toString(), "target", "夜市路口动态清零")
			.andExpect(flash().attribute("notice", "supervision.hotspot.done.LIST"));
		act(id, "START", "squad02").andExpect(status().isNotFound());
		act(id, "START", "squad01").andExpect(flash().attribute("notice", "supervision.hotspot.done.START"));
		act(id, "INSPECT", "inspector", "violations", "2", "note", "两处占道摊点", "openCase", "true")
			.andExpect(flash().attribute("notice", "supervision.hotspot.done.INSPECT"));
		assertThat(jdbc.queryForObject("""
				select c.source from supervision_hotspot_inspection i join caseflow_case c on c.id = i.case_id
				where i.hotspot_id = ?""", String.class, id)).isEqualTo("PATROL");
		act(id, "INSPECT", "inspector", "violations", "-1").andExpect(flash().attribute("problem",
				"supervision.hotspot.error.inspection"));
		act(id, "CLEAR", "supervisor").andExpect(flash().attribute("problem", "supervision.hotspot.error.notClear"));

		mvc.perform(get("/supervision/hotspots").with(as(users, "director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投诉集中点")));
		mvc.perform(get("/supervision/hotspots/{id}", id).with(as(users, "inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两处占道摊点")));
	}

	@Test
	void aPointIsClearOnlyWhileNoCaseOfItsCategoriesIsOpenThere() throws Exception {
		var steps = new CaseSteps(mvc, jdbc, users);
		var order = steps.pushOrder("热点：动态清零");
		// a category of its own (no other test's case is of it), so that only this case is open at the point
		jdbc.update("update caseflow_case set category_key = 'E99001' where id = ?", order.caseId());
		var place = jdbc.queryForMap("select lon, lat from caseflow_case where id = ?", order.caseId());
		mvc.perform(post("/supervision/hotspots").param("name", "动态清零点").param("lon", place.get("lon").toString())
			.param("lat", place.get("lat").toString()).param("categories", "E99001").param("origin", "INSPECTION")
			.with(csrf())
			.with(as(users, "inspector")))
			.andExpect(flash().attribute("notice", "supervision.hotspot.done.PROPOSE"));
		var id = jdbc.queryForObject("select max(id) from supervision_hotspot where name = '动态清零点'", Long.class);
		var squad = jdbc.queryForObject("select org_unit_id from staff_member where username = 'squad01'", Long.class);
		act(id, "LIST", "supervisor", "unitId", squad.toString(), "target", "清零")
			.andExpect(flash().attribute("notice", "supervision.hotspot.done.LIST"));
		act(id, "START", "squad01").andExpect(flash().attribute("notice", "supervision.hotspot.done.START"));
		act(id, "INSPECT", "inspector", "violations", "0")
			.andExpect(flash().attribute("notice", "supervision.hotspot.done.INSPECT"));
		var from = Instant.now().minus(Duration.ofDays(1));
		var to = Instant.now().plus(Duration.ofDays(1));

		var transaction = new TransactionTemplate(transactions);
		Supplier<Boolean> clear = () -> transaction
			.execute(tx -> hotspots.clearIn(repository.findById(id).orElseThrow(), from, to));
		assertThat(clear.get()).isFalse();
		steps.acceptAndRegister(order.caseId());
		steps.dispatchToClosed(order.caseId());
		assertThat(clear.get()).isTrue();
	}

	private ResultActions act(long id, String action, String who, String... params) throws Exception {
		var version = jdbc.queryForObject("select row_version from supervision_hotspot where id = ?", Long.class, id);
		var request = post("/supervision/hotspots/{id}/{a}", id, action).param("rowVersion", version.toString())
			.with(csrf())
			.with(as(users, who));
		for (var i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	@Test
	void anInspectorProposesAPointButNeverAsAComplaintCluster() throws Exception {
		mvc.perform(post("/supervision/hotspots").param("name", "解放路口流动摊贩").param("lon", "113.6015")
			.param("lat", "34.7005").param("categories", "E09001").param("origin", "COMPLAINT_CLUSTER").with(csrf())
			.with(as(users, "inspector")))
			.andExpect(flash().attribute("problem", "supervision.hotspot.error.form"));
		mvc.perform(post("/supervision/hotspots").param("name", "解放路口流动摊贩").param("lon", "113.6015")
			.param("lat", "34.7005").param("categories", "E09001").param("origin", "INSPECTION").with(csrf())
			.with(as(users, "inspector")))
			.andExpect(flash().attribute("notice", "supervision.hotspot.done.PROPOSE"));
		mvc.perform(post("/supervision/hotspots").param("name", "坏坐标").param("lon", "east").param("lat", "34.7")
			.param("origin", "INSPECTION").with(csrf()).with(as(users, "inspector")))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/supervision/hotspots").param("name", "无权").param("lon", "113.6").param("lat", "34.7")
			.param("origin", "INSPECTION").with(csrf()).with(as(users, "intake")))
			.andExpect(status().isForbidden());
	}
}
