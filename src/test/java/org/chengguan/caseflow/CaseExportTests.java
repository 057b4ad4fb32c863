package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestCases;
import org.chengguan.TestLogins;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.IntakeManagement;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The case list as Excel: the page's filters, the person's scope, Chinese headers, times as dates. */
@ChengguanIntegrationTest
class CaseExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeManagement intake;

	@Autowired
	WorkingCalendar calendar;

	String patrolCase() {
		var id = TestCases.barbecueOnPatrol(jdbc, intake, "officer01", "夜市路口露天烧烤");
		return jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, id);
	}

	List<Row> export(String username, String keyword) throws Exception {
		var body = mvc.perform(get("/cases/export.xlsx").param("q", keyword).with(TestLogins.as(users, username)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", CaseExportController.XLSX))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			return workbook.getFirstSheet().read();
		}
		catch (IOException ex) {
			throw new AssertionError("not an .xlsx", ex);
		}
	}

	@Test
	void theListExportsWithItsFiltersChineseHeadersAndDates() throws Exception {
		var number = patrolCase();
		var rows = export("dispatcher", number);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).getCell(0).asString()).isEqualTo("案卷编号");
		assertThat(rows.get(0).getCell(7).asString()).isEqualTo("受理时间");
		var row = rows.get(1);
		assertThat(row.getCell(0).asString()).isEqualTo(number);
		assertThat(row.getCell(2).asString()).isEqualTo("巡查上报");
		assertThat(row.getCell(7).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(7).asDate()).isCloseTo(
				Instant.now().atZone(calendar.zone()).toLocalDateTime(), org.assertj.core.api.Assertions.within(5,
						ChronoUnit.MINUTES));
	}

	@Test
	void anotherStreetsSquadExportsNothingOfIt() throws Exception {
		var number = patrolCase();
		assertThat(export("squad02", number)).hasSize(1);
		assertThat(export("squad01", number)).hasSize(2);
	}

	@Test
	void aFilterThatCannotBeReadIsABadRequest() throws Exception {
		mvc.perform(get("/cases/export.xlsx").param("status", "NOPE").with(TestLogins.as(users, "dispatcher")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/cases/export.xlsx").with(TestLogins.as(users, "ops"))).andExpect(status().isForbidden());
	}
}
