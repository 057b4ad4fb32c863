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

import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A scheme made and revised by the 督查股: a revision is a new version with its reason; bad items are refused. */
@ChengguanIntegrationTest
class SchemeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Schemes schemes;

	MockHttpServletRequestBuilder scheme(String weight, String cap, String reason) {
		var request = post("/supervision/schemes").param("code", "TEST-DISPOSE").param("name", "处置考核（测试）")
			.param("validFrom", "2026-01-01").param("indicator0", "DISPOSE_RATE").param("transform0", "RATE")
			.param("weight0", weight).param("cap0", cap)
			.with(csrf());
		return reason == null ? request : request.param("reason", reason);
	}

	@Test
	void aRevisionIsANewVersionWithItsReason() throws Exception {
		mvc.perform(scheme("50", "50", null).with(as(users, "supervisor")))
			.andExpect(flash().attribute("notice", "supervision.scheme.saved"));
		mvc.perform(scheme("60", "60", null).with(as(users, "supervisor")))
			.andExpect(flash().attribute("problem", "supervision.scheme.error.reason"));
		mvc.perform(scheme("60", "70", "上限超过分值").with(as(users, "supervisor")))
			.andExpect(flash().attribute("problem", "supervision.scheme.error.form"));
		mvc.perform(scheme("6O", "60", "不是数字").with(as(users, "supervisor")))
			.andExpect(flash().attribute("problem", "supervision.scheme.error.number"));
		mvc.perform(scheme("60", "60", "处置率权重调整为60分").with(as(users, "supervisor")))
			.andExpect(flash().attribute("notice", "supervision.scheme.saved"));

		assertThat(schemes.get("TEST-DISPOSE", 1).orElseThrow().items().get(0).weight()).isEqualByComparingTo("50");
		assertThat(schemes.inForce(LocalDate.of(2026, 6, 1))).filteredOn(s -> s.code().equals("TEST-DISPOSE"))
			.extracting(ScoringScheme::version).containsExactly(2);
		mvc.perform(get("/supervision/schemes").with(as(users, "director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TEST-DISPOSE v2")))
			.andExpect(content().string(containsString("修订原因：处置率权重调整为60分")))
			.andExpect(content().string(containsString("由 supervisor 于 ")));
		mvc.perform(scheme("60", "60", "无权").with(as(users, "director"))).andExpect(status().isForbidden());
	}
}
