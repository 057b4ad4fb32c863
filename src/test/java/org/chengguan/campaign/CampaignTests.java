package org.chengguan.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.caseflow.CaseSteps;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 专项整治 against the real database and the demo city: cases in a campaign's scope are tagged with it (also those
 * received before it was set up), its units file one 日报 a day and nobody else does, bad figures are refused with
 * nothing kept, and its progress counts the 日报 and the facts of its cases. Each test's campaign is in a region of
 * its own, against 暴露垃圾 (the demo campaign is against 占道经营).
 */
@ChengguanIntegrationTest
class CampaignTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IntakeManagement intake;

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignRepository repository;

	@Autowired
	CampaignTagger tagger;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return new Actor(jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username),
				username, username);
	}

	long unitOf(String username) {
		return jdbc.queryForObject("select org_unit_id from staff_member where username = ?", Long.class, username);
	}

	/** A campaign against 暴露垃圾 in one street since five days ago, its squad taking part. */
	Campaign campaign(String street, String squadLeader) {
		return TestLogins.withAuthorities(() -> campaigns.create(plan(street, squadLeader), DataScope.everything(),
				actor("supervisor")), "campaign:manage");
	}

	CampaignPlan plan(String street, String squadLeader) {
		var today = LocalDate.now(ZONE);
		return new CampaignPlan("测试整治" + street, CampaignKind.OTHER, today.minusDays(5), today.plusDays(5), 30, null,
				Set.of(street), Set.of(), Set.of("E06010"), Set.of(unitOf(squadLeader)),
				List.of(new Campaign.Target(1, CampaignMetric.INSPECTIONS, BigDecimal.valueOf(50), null, null),
						new Campaign.Target(2, CampaignMetric.CASES_CLOSED, BigDecimal.ONE, null, null)));
	}

	long patrolCase(String grid, String categoryCode) {
		var at = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid where code = ?", grid);
		var category = jdbc.queryForObject("select id from category_item where kind = 'EVENT' and code = ?", Long.class,
				categoryCode);
		var report = intake.receive(new NewReport(Channel.PATROL, null, null, Instant.now(), category, null, false,
				"整治测试", null, (Double) at.get("centroid_lon"), (Double) at.get("centroid_lat"), null,
				actor("grid01").id(), false, List.of()));
		return jdbc.queryForObject("select id from caseflow_case where report_id = ?", Long.class, report.getId());
	}

	DailyReport.Figures figures(int inspections) {
		return new DailyReport.Figures(inspections, 2, 1, 1, 0, BigDecimal.ZERO);
	}

	@Test
	void casesInScopeAreTaggedAlsoThoseReceivedBeforeTheCampaignWasSetUp() {
		var before = patrolCase("990103001002003", "06010");
		var campaign = campaign("990103001", "squad15");
		assertThat(campaign.getCode()).matches("ZX\\d{4}-\\d{3}");
		var inScope = patrolCase("990103001003004", "06010");
		var otherKind = patrolCase("990103001003004", "06029");
		var otherStreet = patrolCase("990103002003004", "06010");
		assertThat(campaigns.caseIds(campaign.getId())).contains(before, inScope).doesNotContain(otherKind, otherStreet);
	}

	@Test
	void aCampaignSetUpOnAnotherInstanceTakesInTheCasesOpenedHereBeforeItWasSeen() {
		patrolCase("990103004002003", "06010");
		// written as another instance would, past this instance's tagger
		var elsewhere = transaction.execute(tx -> repository.save(new Campaign("ZX2099-901", plan("990103004", "squad18"),
				"supervisor", Instant.now())));
		var meanwhile = patrolCase("990103004002003", "06010");

		tagger.pollNewest();
		var afterwards = patrolCase("990103004003004", "06010");

		assertThat(campaigns.caseIds(elsewhere.getId())).contains(meanwhile, afterwards);
	}

	@Test
	void aCampaignBeingSetUpTagsOnlyItsOwnTransactionsCasesUntilItCommits() throws Exception {
		var ownCase = new long[1];
		var otherCase = new long[1];
		var campaign = transaction.execute(tx -> {
			var created = campaign("990103006", "squad20");
			ownCase[0] = patrolCase("990103006002003", "06010");
			var other = new Thread(() -> otherCase[0] = patrolCase("990103006002003", "06010"));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			return created;
		});
		var afterwards = patrolCase("990103006002003", "06010");

		assertThat(otherCase[0]).isPositive();
		assertThat(campaigns.caseIds(campaign.getId())).contains(ownCase[0], afterwards).doesNotContain(otherCase[0]);
	}

	@Test
	void hotspotInspectionsInScopeCountForTheCampaign() {
		var campaign = campaign("990103005", "squad19");
		var now = Instant.now();
		campaigns.tagInspection(9_100_000_001L, "990103005001001", Set.of("E06010", "E09006"), now, 0);
		campaigns.tagInspection(9_100_000_002L, "990103005001001", Set.of("E06029"), now, 1);
		campaigns.tagInspection(9_100_000_003L, "990103006001001", Set.of("E06010"), now, 0);
		campaigns.tagInspection(9_100_000_004L, "990103005001001", Set.of("E06010"), now.minusSeconds(86_400 * 10), 0);
		assertThat(campaigns.inspections(campaign.getId())).isOne();
	}

	@Test
	void onlyItsUnitsFileOneDailyReportADayWithinItsPeriod() throws Exception {
		var campaign = campaign("990103002", "squad16");
		var today = LocalDate.now(ZONE);
		var reports = jdbc.queryForObject("select count(*) from campaign_daily_report", Long.class);
		TestLogins.withAuthorities(() -> campaigns.fileDaily(campaign.getId(), today, figures(12), "夜市巡查", List.of(),
				actor("squad16")), "campaign:report");
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> campaigns.fileDaily(campaign.getId(), today,
				figures(3), null, List.of(), actor("squad16")), "campaign:report")).hasMessage("campaign.daily.error.twice");
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> campaigns.fileDaily(campaign.getId(), today,
				figures(3), null, List.of(), actor("squad02")), "campaign:report"))
			.hasMessage("campaign.daily.error.notParticipant");
		for (var day : List.of(today.plusDays(1), today.minusDays(6))) {
			assertThatThrownBy(() -> TestLogins.withAuthorities(() -> campaigns.fileDaily(campaign.getId(), day,
					figures(3), null, List.of(), actor("squad16")), "campaign:report")).hasMessage("campaign.daily.error.day");
		}
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> campaigns.fileDaily(campaign.getId(),
				today.minusDays(1), figures(-1), null, List.of(), actor("squad16")), "campaign:report"))
			.hasMessage("campaign.daily.error.count");
		assertThat(jdbc.queryForObject("select count(*) from campaign_daily_report", Long.class)).isEqualTo(reports + 1);

		// through the page: the 协管员 of the squad may not file; its leader may, for yesterday
		mvc.perform(post("/campaigns/{id}/daily", campaign.getId()).param("day", today.minusDays(1).toString())
			.param("inspections", "5").with(as(users, "aux16")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/campaigns/{id}/daily", campaign.getId()).param("day", today.minusDays(1).toString())
			.param("inspections", "abc").with(as(users, "squad16")).with(csrf()))
			.andExpect(flash().attribute("problem", "campaign.daily.error.form"));
		mvc.perform(post("/campaigns/{id}/daily", campaign.getId()).param("day", today.minusDays(1).toString())
			.param("inspections", "8").param("problems", "1").param("casesOpened", "1").param("casesClosed", "0")
			.param("proceedingsOpened", "0").param("areaRemoved", "0").with(as(users, "squad16")).with(csrf()))
			.andExpect(flash().attribute("notice", "campaign.daily.filed"));
		assertThat(campaigns.dailyTotals(campaign.getId())).extracting(CampaignManagement.DayTotals::inspections)
			.containsExactly(8, 12);
	}

	@Test
	void theProgressCountsTheDailyReportsAndTheFactsOfItsCases() throws Exception {
		// in a community of squad01's street, where grid01 checks what was disposed
		var campaign = campaign("990101001002", "squad01");
		TestLogins.withAuthorities(() -> campaigns.fileDaily(campaign.getId(), LocalDate.now(ZONE), figures(30), null,
				List.of(), actor("squad01")), "campaign:report");
		var id = patrolCase("990101001002005", "06010");
		var steps = new CaseSteps(mvc, jdbc, users);
		var conditionId = jdbc.queryForObject("""
				select id from category_condition where category_id = (select category_id from caseflow_case where id = ?)
				and enabled order by id limit 1""", Long.class, id);
		steps.act(id, "intake", "REGISTER", "conditionId", conditionId.toString());
		steps.dispatchToClosed(id);
		var page = mvc.perform(get("/supervision/campaigns/{id}/progress", campaign.getId()).with(as(users, "squad01")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"campaign-target-INSPECTIONS\"", "30（目标 ≥ 50）",
				"id=\"campaign-target-CASES_CLOSED\"", "1（目标 ≥ 1）", "纳入本次整治的案件 1 件，已结案 1 件");
	}

	@Test
	void aTargetOfFineAmountsCannotBeSetAndOnlyTheSupervisionSetsCampaignsUp() throws Exception {
		var count = jdbc.queryForObject("select count(*) from campaign", Long.class);
		var today = LocalDate.now(ZONE);
		var form = post("/campaigns").param("name", "罚款整治").param("kind", "OTHER")
			.param("startsOn", today.toString()).param("endsOn", today.plusDays(10).toString())
			.param("regions", "990103004").param("units", String.valueOf(unitOf("squad18")))
			.param("metric", "FINE_AMOUNT").param("target", "100000").with(csrf());
		var page = mvc.perform(form.with(as(users, "supervisor"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("请检查填写的内容");
		mvc.perform(post("/campaigns").param("name", "越权整治").with(as(users, "squad18")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isEqualTo(count);
		mvc.perform(get("/campaigns").with(as(users, "aux18"))).andExpect(status().isOk());
		mvc.perform(get("/campaigns/{id}/daily.json", 9_999_999).with(as(users, "aux18"))).andExpect(status().isNotFound());
	}
}
