package org.chengguan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestCases;
import org.chengguan.caseflow.CaseSteps;
import org.chengguan.intake.IntakeManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public portal without an account: a reporter follows their own case by its number and the last four digits of
 * their phone — and no one else's; a 12345 caller is pointed to the hotline; lookups are limited per client and per
 * case number; 执法公示 and the 裁量基准 are public.
 */
@ChengguanIntegrationTest
class PortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeManagement intake;

	@Autowired
	UserDetailsService users;

	String numberOf(long caseId) {
		return jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, caseId);
	}

	static MockHttpServletRequestBuilder lookup(String number, String lastFour, String client) {
		return post("/public/cases").param("number", number).param("lastFour", lastFour).with(csrf()).with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}

	String page(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	long lookups() {
		return jdbc.queryForObject("select count(*) from portal_lookup", Long.class);
	}

	@Test
	void aReporterFollowsTheirOwnCaseAndSeesTheBureausReplyOnceItIsClosed() throws Exception {
		var id = TestCases.calledIn(jdbc, intake, "139 1234 5678", "小区门口垃圾堆放多日");
		var number = numberOf(id);
		var shown = page(mvc.perform(lookup(number, "5678", "10.0.0.1")).andExpect(status().isOk()));
		assertThat(shown).contains("id=\"lookup-found\"", number, "已收到·待受理", "暴露垃圾", "正在办理中");
		// never the reporter, not even to themselves
		assertThat(shown).doesNotContain("李市民", "13912345678", "139 1234 5678");

		new CaseSteps(mvc, jdbc, users).acceptAndRegister(id);
		new CaseSteps(mvc, jdbc, users).dispatchToClosed(id);
		var closed = page(mvc.perform(lookup(number.toLowerCase(java.util.Locale.ROOT), "5678", "10.0.0.1")));
		assertThat(closed).contains("已办结", "已清理完毕");
	}

	@Test
	void theWrongDigitsAndAnUnknownNumberGetTheSameAnswer() throws Exception {
		var number = numberOf(TestCases.calledIn(jdbc, intake, "13900001111", "路灯不亮"));
		var wrong = page(mvc.perform(lookup(number, "2222", "10.0.0.2")).andExpect(status().isOk()));
		var unknown = page(mvc.perform(lookup("AJ00000000000", "1111", "10.0.0.2")).andExpect(status().isOk()));
		assertThat(wrong).contains("id=\"lookup-not-found\"").doesNotContain(number + "</h2>", "路灯不亮");
		assertThat(unknown).contains("id=\"lookup-not-found\"");
	}

	@Test
	void aCallerOf12345IsPointedToTheHotline() throws Exception {
		var order = new CaseSteps(mvc, jdbc, users).pushOrder("垃圾满溢");
		var shown = page(mvc.perform(lookup(numberOf(order.caseId()), "1234", "10.0.0.3")).andExpect(status().isOk()));
		assertThat(shown).contains("id=\"lookup-hotline\"", "12345").doesNotContain("id=\"lookup-found\"", "垃圾满溢");
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingIsCounted() throws Exception {
		var before = lookups();
		assertThat(page(mvc.perform(lookup("AJ1", "12a4", "10.0.0.4")).andExpect(status().isBadRequest())))
			.contains("id=\"lookup-problem\"", "四位数字");
		mvc.perform(lookup(" ", "1234", "10.0.0.4")).andExpect(status().isBadRequest());
		mvc.perform(lookup("A".repeat(41), "1234", "10.0.0.4")).andExpect(status().isBadRequest());
		assertThat(lookups()).isEqualTo(before);
	}

	@Test
	void aClientIsLimitedToTenLookupsInTenMinutesAndACaseNumberToFiveFailuresAnHour() throws Exception {
		for (var i = 0; i < CaseLookup.PER_CLIENT; i++) {
			mvc.perform(lookup("AJ9" + i, "1234", "10.0.1.1")).andExpect(status().isOk());
		}
		assertThat(page(mvc.perform(lookup("AJ99", "1234", "10.0.1.1")).andExpect(status().isTooManyRequests())))
			.contains("id=\"lookup-limited\"");

		var id = TestCases.calledIn(jdbc, intake, "13900002222", "噪音扰民");
		var number = numberOf(id);
		for (var i = 0; i < CaseLookup.FAILURES_PER_CASE; i++) {
			mvc.perform(lookup(number, String.format("%04d", i), "10.0.2." + i)).andExpect(status().isOk());
		}
		// guessing from many addresses ends too: even the right digits wait for the hour
		mvc.perform(lookup(number, "2222", "10.0.3.1")).andExpect(status().isTooManyRequests());
	}

	@Test
	void enforcementDisclosureAndTheBenchmarksArePublic() throws Exception {
		assertThat(page(mvc.perform(get("/public")).andExpect(status().isOk()))).contains("id=\"portal-cases\"",
				"id=\"portal-penalties\"");
		var disclosure = page(mvc.perform(get("/public/enforcement")).andExpect(status().isOk()));
		assertThat(disclosure).contains("id=\"enforcement-agency\"", "id=\"enforcement-powers\"", "露天烧烤",
				"id=\"enforcement-remedies\"", "六十日内", "六个月内");
		var benchmarks = page(mvc.perform(get("/public/benchmarks")).andExpect(status().isOk()));
		assertThat(benchmarks).contains("裁量基准", "露天烧烤", "适用条件");
		assertThat(page(mvc.perform(get("/public/cases")).andExpect(status().isOk()))).contains("id=\"lookup-form\"");
	}
}
