package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard, its charts' JSON, the cases behind a number and the exports, as supervisors and squads see them. */
@ChengguanIntegrationTest
class SupervisionWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	FactMaintenance maintenance;

	CaseSteps steps;

	String today;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
		today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
	}

	String number(long caseId) {
		return jdbc.queryForObject("select number from caseflow_case where id = ?", String.class, caseId);
	}

	@Test
	void aSupervisorSeesTheCityAndDrillsFromTheOnTimeCloseRateToTheCase() throws Exception {
		var order = steps.pushOrder("督查：按期结案");
		steps.acceptAndRegister(order.caseId());
		steps.dispatchToClosed(order.caseId());
		maintenance.roll();

		mvc.perform(get("/supervision").param("period", "DAY").param("day", today).with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("按期结案率")))
			.andExpect(content().string(containsString("id=\"ranking-table\"")))
			.andExpect(content().string(containsString("indicator=ON_TIME_CLOSE_RATE&amp;part=NUMERATOR")));
		mvc.perform(get("/supervision/cases").param("period", "DAY").param("day", today).param("level", "CITY")
			.param("indicator", "ON_TIME_CLOSE_RATE").param("part", "NUMERATOR").with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number(order.caseId()))));
		mvc.perform(get("/supervision/cases").param("period", "DAY").param("day", today)
			.param("indicator", "OVERDUE_OPEN_RATE").param("part", "NUMERATOR").with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number(order.caseId())))));
	}

	@Test
	void aFilterChangeSwapsTheBoardAlone() throws Exception {
		mvc.perform(get("/supervision").param("period", "WEEK").header("HX-Request", "true")
			.with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aSquadLeaderSeesTheirStreetAndNotTheCity() throws Exception {
		var street = jdbc.queryForObject("""
				select r.name from staff_member m join staff_org_unit_region u on u.org_unit_id = m.org_unit_id
				join grid_region r on r.code = u.region_code where m.username = 'squad01'""", String.class);
		mvc.perform(get("/supervision").with(as(users, "squad01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(street)));
		mvc.perform(get("/supervision").param("scope", "CITY:").with(as(users, "squad01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该范围不在您的辖区内")));
		mvc.perform(get("/supervision").with(as(users, "intake"))).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsAnsweredWithTheDefaultAndAWordOfWhy() throws Exception {
		mvc.perform(get("/supervision").param("period", "FOREVER").param("day", "yesterday")
			.param("scope", "STREET:'; drop table x").param("rank", "AMOUNT").with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("统计周期无效")))
			.andExpect(content().string(containsString("统计范围无效")));
		mvc.perform(get("/supervision/cases").param("indicator", "FINES").param("part", "ALL")
			.param("before", "x").with(as(users, "supervisor")))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/supervision/cases").param("indicator", "FINES").param("part", "ALL")
			.with(as(users, "supervisor")))
			.andExpect(status().isOk());
	}

	@Test
	void theChartsReadTheirJsonWithThePagesFilters() throws Exception {
		mvc.perform(get("/supervision/trend.json").param("period", "MONTH").with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months.length()").value(12))
			.andExpect(jsonPath("$.series[0].name").value("结案率"));
		mvc.perform(get("/supervision/stages.json").with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("受理数"))
			.andExpect(jsonPath("$.length()").value(6));
	}

	@Test
	void theHeatMapShowsCommunitiesOfTheCityAndUnitGridsOfAStreet() throws Exception {
		var order = steps.pushOrder("督查：热力图");
		maintenance.roll();
		var place = jdbc.queryForMap("""
				select c.unit_grid_code, c.street_code, c.community_code, r.name from caseflow_case c
				join grid_region r on r.code = c.community_code where c.id = ?""", order.caseId());
		mvc.perform(get("/supervision/grids.json").param("period", "DAY").param("day", today)
			.with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '" + place.get("community_code") + "')].name").value(place.get("name")))
			.andExpect(jsonPath("$[?(@.code == '" + place.get("unit_grid_code") + "')]").isEmpty());
		mvc.perform(get("/supervision/grids.json").param("period", "DAY").param("day", today)
			.param("scope", "STREET:" + place.get("street_code")).with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '" + place.get("unit_grid_code") + "')].cases").isNotEmpty())
			.andExpect(jsonPath("$[?(@.code == '" + place.get("community_code") + "')]").isEmpty());
	}

	@Test
	void everyTableExportsWithChineseHeadersAndNumbersAsNumbers() throws Exception {
		var order = steps.pushOrder("督查：导出");
		steps.acceptAndRegister(order.caseId());
		maintenance.roll();

		var indicators = sheet("/supervision/indicators.xlsx?period=DAY&day=" + today);
		assertThat(indicators.get(0).getCell(2).getText()).isEqualTo("指标");
		var registerRate = indicators.stream().filter(r -> "立案率".equals(r.getCell(2).getText())).findFirst()
			.orElseThrow();
		assertThat(registerRate.getCell(5).getType()).isEqualTo(CellType.NUMBER);

		var ranking = sheet("/supervision/ranking.xlsx?period=DAY&day=" + today);
		assertThat(ranking.get(0).getCell(0).getText()).isEqualTo("名次");
		assertThat(ranking.size()).isGreaterThan(1);
		assertThat(ranking.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);

		var cases = sheet("/supervision/cases.xlsx?period=DAY&day=" + today + "&count=registered");
		assertThat(cases.get(0).getCell(0).getText()).isEqualTo("案卷编号");
		assertThat(cases).anyMatch(r -> number(order.caseId()).equals(r.getCell(0).getText()));
	}

	private List<Row> sheet(String url) throws Exception {
		var body = mvc.perform(get(url).with(as(users, "supervisor")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			return workbook.getFirstSheet().read();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theEnforcementCountsStandNextToTheDecisionsNotToPenaliseAndRankNoOne() throws Exception {
		var squad02 = jdbc.queryForObject("""
				select u.name from staff_member m join staff_org_unit u on u.id = m.org_unit_id
				where m.username = 'squad02'""", String.class);
		mvc.perform(get("/supervision/enforcement").param("period", "YEAR").with(as(users, "director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("首违不罚")))
			.andExpect(content().string(containsString(squad02)))
			.andExpect(content().string(not(containsString("罚款金额"))));
		mvc.perform(get("/supervision/enforcement").param("period", "YEAR").with(as(users, "squad01")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(squad02))));
	}
}
