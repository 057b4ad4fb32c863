package org.chengguan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@ChengguanIntegrationTest
class CalendarAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAddedHolidayChangesDeadlinesAndIsAudited() throws Exception {
		var admin = TestLogins.as(users, "admin");
		var day = LocalDate.of(2026, 12, 30);
		assertThat(calendar.isWorkingDay(day)).isTrue();
		mvc.perform(post("/calendar/days").with(admin).with(csrf())
			.param("day", day.toString())
			.param("kind", "HOLIDAY")
			.param("name", "测试假日")).andExpect(redirectedUrl("/calendar?year=2026"));
		assertThat(calendar.isWorkingDay(day)).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'calendar.addDay' and target = 'day:2026-12-30'",
				Long.class) > 0);
		mvc.perform(post("/calendar/days/2026-12-30/delete").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/calendar?year=2026"));
		assertThat(calendar.isWorkingDay(day)).isTrue();
	}

	@Test
	void aLoadedYearIsNoLongerProvisional() throws Exception {
		var admin = TestLogins.as(users, "admin");
		var from = LocalDate.of(2098, 12, 30).atTime(9, 0).atZone(calendar.zone()).toInstant();
		assertThat(calendar.deadline(from, new Deadline(1, DeadlineUnit.WORKING_DAY)).provisional()).isTrue();
		mvc.perform(post("/calendar/years").with(admin).with(csrf())
			.param("year", "2098")
			.param("notice", "测试年度通知")).andExpect(redirectedUrl("/calendar?year=2098"));
		mvc.perform(post("/calendar/years").with(admin).with(csrf())
			.param("year", "2099")
			.param("notice", "测试年度通知")).andExpect(redirectedUrl("/calendar?year=2099"));
		assertThat(calendar.deadline(from, new Deadline(1, DeadlineUnit.WORKING_DAY)).provisional()).isFalse();
	}

	@Test
	void computesDeadlinesOnThePage() throws Exception {
		var body = mvc.perform(get("/calendar/deadline").with(TestLogins.as(users, "dispatcher"))
			.param("from", "2026-09-30T16:00")
			.param("amount", "3")
			.param("unit", "WORKING_DAY"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("2026-10-10 17:30");
	}
}
