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

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.intake.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A month's assessment computed by one member of the 督查股, reviewed by the other, published and frozen, then
 * corrected by a new version; and the quarter's 通报 from it. Last month's facts are those of the fictional street
 * 880303001, stored for this test.
 */
@ChengguanIntegrationTest
class AssessmentWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FactStore store;

	@Autowired
	FactMaintenance maintenance;

	static final YearMonth MONTH = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).minusMonths(1);

	/** The fictional street leaves no fact behind for the other tests' checks against the workflow tables. */
	@AfterEach
	void forget() {
		jdbc.update("delete from supervision_case_fact where case_id = 9200000001");
		store.sum(List.of(MONTH.atDay(3)));
	}

	@Test
	void computedReviewedPublishedFrozenAndCorrected() throws Exception {
		var month = MONTH;
		store.store(List.of(new CaseCount(9_200_000_001L, month.atDay(3), "880303", "880303001", "880303001001",
				"880303001001001", null, "E06010", Channel.PATROL,
				IndicatorTests.tally("cases=1 registered=1 closed=1 closedOnTime=1"))));
		maintenance.roll();

		var computed = mvc.perform(post("/supervision/assessments").param("month", month.toString())
			.param("subject", "STREET").param("scheme", "ON-TIME-60").with(csrf()).with(as(users, "supervisor")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "supervision.assessment.done.COMPUTE"))
			.andReturn().getResponse().getRedirectedUrl();
		var id = Long.parseLong(computed.substring(computed.lastIndexOf('/') + 1));
		assertThat(total(id, "880303001")).isEqualByComparingTo("60.00");

		step(id, "REVIEW", "supervisor", "自己审核").andExpect(flash().attribute("problem",
				"supervision.assessment.error.fourEyes"));
		step(id, "REVIEW", "supervisor2", "数据核对无误").andExpect(flash().attribute("notice",
				"supervision.assessment.done.REVIEW"));
		step(id, "PUBLISH", "supervisor", null).andExpect(flash().attribute("notice",
				"supervision.assessment.done.PUBLISH"));

		// later data changes leave the published assessment as it was
		store.store(List.of(new CaseCount(9_200_000_001L, month.atDay(3), "880303", "880303001", "880303001001",
				"880303001001001", null, "E06010", Channel.PATROL, IndicatorTests.tally("cases=1 registered=1 closed=1"))));
		maintenance.roll();
		assertThat(total(id, "880303001")).isEqualByComparingTo("60.00");
		mvc.perform(post("/supervision/assessments").param("month", month.toString()).param("subject", "STREET")
			.with(csrf()).with(as(users, "supervisor")))
			.andExpect(flash().attribute("problem", "supervision.assessment.error.published"));

		step(id, "CORRECT", "supervisor", "").andExpect(flash().attribute("problem",
				"supervision.assessment.error.opinion"));
		var corrected = step(id, "CORRECT", "supervisor", "结案时间录入有误，重新计算")
			.andReturn().getResponse().getRedirectedUrl();
		var next = Long.parseLong(corrected.substring(corrected.lastIndexOf('/') + 1));
		assertThat(total(next, "880303001")).isEqualByComparingTo("0.00");
		step(next, "REVIEW", "supervisor2", "同意更正");
		step(next, "PUBLISH", "supervisor", null);
		assertThat(jdbc.queryForObject("select status from supervision_assessment where id = ?", String.class, id))
			.isEqualTo("SUPERSEDED");

		mvc.perform(get("/supervision/assessments/{id}", next).with(as(users, "director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结案时间录入有误")))
			.andExpect(content().string(containsString("已发布")));
		mvc.perform(get("/supervision/reports/quarter").param("year", String.valueOf(month.getYear()))
			.param("quarter", String.valueOf((month.getMonthValue() - 1) / 3 + 1)).param("subject", "STREET")
			.with(as(users, "director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("880303001")));
		mvc.perform(get("/supervision/assessments/{id}/export.xlsx", next).with(as(users, "director")))
			.andExpect(status().isOk());
		mvc.perform(post("/supervision/assessments/{id}/PUBLISH", next).param("rowVersion", "0").with(csrf())
			.with(as(users, "director")))
			.andExpect(status().isForbidden());
	}

	private java.math.BigDecimal total(long id, String key) {
		return jdbc.queryForObject("select total from supervision_assessment_score where assessment_id = ? "
				+ "and subject_key = ?", java.math.BigDecimal.class, id, key);
	}

	private org.springframework.test.web.servlet.ResultActions step(long id, String action, String who,
			String opinion) throws Exception {
		var rowVersion = jdbc.queryForObject("select row_version from supervision_assessment where id = ?", Long.class,
				id);
		var request = post("/supervision/assessments/{id}/{a}", id, action).param("rowVersion", rowVersion.toString())
			.with(csrf())
			.with(as(users, who));
		if (opinion != null) {
			request.param("opinion", opinion);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection());
	}
}
