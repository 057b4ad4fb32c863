package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The penalty pages through HTTP on the real database: whoever the matrix leaves out is refused, and bad input gets
 * its reason in Chinese with nothing stored — not the party of a refused lead, not half a proceeding.
 */
@ChengguanIntegrationTest
class PenaltyWebTests {

	static final List<String> TABLES = List.of("party_party", "penalty_proceeding", "penalty_step", "penalty_approval",
			"penalty_period", "penalty_record", "penalty_benchmark_entry", "penalty_benchmark_level",
			"penalty_form_range");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	Map<String, Long> counts() {
		var counts = new LinkedHashMap<String, Long>();
		TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
		return counts;
	}

	long id(String username) {
		return jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource({ "intake, GET, /penalties", "dispatcher, GET, /penalties/all", "aux01, GET, /penalties/new",
			"aux01, POST, /penalties/new", "grid01, POST, /penalties/on-site", "hotline, GET, /penalties/approvals",
			"admin, GET, /penalties/all", "officer01, GET, /penalties/benchmarks/new",
			"officer01, POST, /penalties/benchmarks/new", "officer01, GET, /penalties/form-ranges",
			"squad01, POST, /penalties/form-ranges", "intake, POST, /penalties/1/actions/APPROVE",
			"handler, GET, /parties/1", "legal, GET, /penalties/on-site" })
	void theRolesOutsideTheMatrixAreRefused(String username, String method, String path) throws Exception {
		var before = counts();
		var request = method.equals("GET") ? get(path) : post(path).with(csrf());
		mvc.perform(request.with(TestLogins.as(users, username))).andExpect(status().isForbidden());
		assertThat(counts()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "squad01, REQUEST_FILING, penalty.actor.handler", "legal, REQUEST_FILING, penalty.actor.authority",
			"deputy, REQUEST_FILING, penalty.actor.authority", "enforcer01, CLOSE_LEAD, penalty.error.opinionRequired",
			"director, CLOSE_LEAD, penalty.actor.authority", "officer01, APPROVE_FILING, penalty.error.notNow" })
	void seeingIsNotActingOnTheProceedingPage(String username, String action, String refusal) throws Exception {
		var id = new ProceedingFixtures(penalties, parties, staff, jdbc).lead();
		var version = jdbc.queryForObject("select version from penalty_proceeding where id = ?", Long.class, id);
		mvc.perform(post("/penalties/" + id + "/actions/" + action).param("version", "" + version).with(csrf())
			.with(TestLogins.as(users, username)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", refusal));
		assertThat(jdbc.queryForMap("select status, version from penalty_proceeding where id = ?", id))
			.containsEntry("status", "LEAD").containsEntry("version", version);
	}

	@Test
	void anotherStreetsOfficerDoesNotFindTheProceeding() throws Exception {
		var id = new ProceedingFixtures(penalties, parties, staff, jdbc).lead();
		mvc.perform(get("/penalties/" + id).with(TestLogins.as(users, "officer02"))).andExpect(status().isNotFound());
		mvc.perform(post("/penalties/" + id + "/actions/REQUEST_FILING").param("version", "0").with(csrf())
			.with(TestLogins.as(users, "officer02"))).andExpect(status().isNotFound());
	}

	/** A form that is refused: 400, its reason in Chinese on the page, and nothing stored. */
	void refused(MockHttpServletRequestBuilder request, String username, String reason) throws Exception {
		var before = counts();
		var page = mvc.perform(request.with(csrf()).with(TestLogins.as(users, username)))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(reason);
		assertThat(counts()).isEqualTo(before);
	}

	MockHttpServletRequestBuilder lead(String idNumber, String second) {
		return post("/penalties/new").param("partyKind", "PERSON").param("idType", "RESIDENT_ID")
			.param("idNumber", idNumber).param("name", "钱某").param("coHandlerId", "" + id(second))
			.param("place", "和平路").param("facts", "露天烧烤").param("actStartedOn", "2026-11-30")
			.param("discoveredOn", "2026-11-30");
	}

	MockHttpServletRequestBuilder onSite(String fine, boolean informed) {
		return post("/penalties/on-site").param("partyKind", "PERSON").param("idType", "RESIDENT_ID")
			.param("idNumber", "11010519491231002X").param("name", "钱某").param("coHandlerId", "" + id("enforcer01"))
			.param("place", "和平路").param("facts", "占道经营").param("actStartedOn", "2026-11-30").param("fine", fine)
			.param("correctionOrder", "立即撤摊").param("informed", "" + informed).param("statement", "无异议");
	}

	@Test
	void aLeadThatIsRefusedLeavesNoPartyBehind() throws Exception {
		refused(post("/penalties/new"), "officer01", "请填写证件号码");
		refused(lead("110105194912310021", "enforcer01"), "officer01", "身份证号码不正确");
		// the party is valid and new, the second officer is an auxiliary: neither is kept
		refused(lead("110101199001011237", "aux01"), "officer01", "第四十二条");
		refused(lead("110101199001011237", "officer01"), "officer01", "第四十二条");
	}

	@Test
	void anOnTheSpotDecisionOutsideArticle51IsRefusedWithItsArticle() throws Exception {
		refused(onSite("250", true), "officer01", "第五十一条");
		refused(onSite("50", false), "officer01", "第四十四条");
		refused(onSite("5000", true), "officer01", "当场罚款须在 0–3,000 元之间");
		refused(onSite("fifty", true), "officer01", "格式不正确");
		// 第七十条：cash taken without the receipt's number, or a number without cash
		refused(onSite("50", true).param("cash", "true"), "officer01", "第七十条");
		refused(onSite("50", true).param("cashReceipt", "41010126-0012345678"), "officer01", "第七十条");
	}

	@Test
	void theFirstOffenceListHoldsOnlyTheBenchmarksThatAllowIt() throws Exception {
		var page = mvc.perform(get("/penalties/benchmarks").param("firstOffence", "true")
			.with(TestLogins.as(users, "officer01"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("DQ-118-03", "SR-036-02", "首违不罚清单").doesNotContain("DQ-118-01", "GH-064-01");
	}

	@Test
	void theLegalSectionsFormsSayWhatIsWrong() throws Exception {
		refused(post("/penalties/benchmarks/new"), "legal", "请填写违法行为名称");
		refused(post("/penalties/form-ranges").param("unitId", "" + staff.orgUnitOf(id("squad01")))
			.param("prefix", "JY2026").param("first", "20").param("last", "10"), "legal", "终止号不小于起始号");
		refused(post("/penalties/form-ranges").param("prefix", "jy 2026").param("first", "1").param("last", "10"),
				"legal", "请选择中队");
	}

	@Test
	void aSecondOfficerOrHostWhoIsNobodyOrNotOfTheLegalSectionIsRefused() throws Exception {
		var fixtures = new ProceedingFixtures(penalties, parties, staff, jdbc);
		var id = fixtures.lead();
		var before = counts();
		mvc.perform(post("/penalties/" + id + "/actions/ADD_RECORD").param("version", "" + fixtures.version(id))
			.param("kind", "INQUIRY").param("content", "询问").param("secondOfficerId", "999999").with(csrf())
			.with(TestLogins.as(users, "officer01")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "penalty.error.form"));
		assertThat(counts()).isEqualTo(before);
		var plan = new HearingPlan(java.time.Instant.now().plusSeconds(86400 * 14), "听证室", id("officer02"),
				java.time.LocalDate.now(), true);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> penalties.scheduleHearing(id, fixtures.version(id),
				plan, fixtures.actor("legal"), fixtures.scope("legal"))).hasMessage("penalty.error.hearingHost");
	}

	@Test
	void anActionThatIsNotOneOrAFormThatCannotBeReadChangesNothing() throws Exception {
		var id = new ProceedingFixtures(penalties, parties, staff, jdbc).lead();
		var before = counts();
		mvc.perform(post("/penalties/" + id + "/actions/NOPE").param("version", "0").with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(status().isBadRequest());
		mvc.perform(post("/penalties/abc/actions/REQUEST_FILING").param("version", "0").with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(status().isBadRequest());
		mvc.perform(post("/penalties/" + id + "/actions/REQUEST_FILING").param("version", "abc").with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "penalty.error.form"));
		mvc.perform(post("/penalties/" + id + "/actions/REQUEST_FILING").param("version", "99").with(csrf())
			.with(TestLogins.as(users, "officer01"))).andExpect(status().isConflict());
		assertThat(counts()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id))
			.isEqualTo("LEAD");
	}
}
