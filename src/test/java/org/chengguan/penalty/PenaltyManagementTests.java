package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Proceedings on the real database with the demo bureau's people: scope, versions, the stored route and steps. */
@ChengguanIntegrationTest
class PenaltyManagementTests {

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FormRangeManagement formRanges;

	ProceedingFixtures fixtures() {
		return new ProceedingFixtures(penalties, parties, staff, jdbc);
	}

	Actor actor(String username) {
		return fixtures().actor(username);
	}

	DataScope scope(String username) {
		return fixtures().scope(username);
	}

	long squad01() {
		return fixtures().squad01();
	}

	long version(long id) {
		return fixtures().version(id);
	}

	long barbecue() {
		return jdbc.queryForObject("select id from penalty_benchmark_entry where code = 'DQ-118-03' and version = 1",
				Long.class);
	}

	long party() {
		return fixtures().party();
	}

	long lead() {
		return fixtures().lead();
	}

	ProposedOutcome fine(int yuan, DiscretionLevel level) {
		return new ProposedOutcome(Outcome.PENALTY, barbecue(), level, false, BigDecimal.valueOf(yuan), null, null,
				"烧烤炉一台", BigDecimal.ZERO, Set.of(PenaltyMeasure.CONFISCATION), "责令立即停止露天烧烤", null, Set.of(),
				"多个烤炉", Set.of(), null);
	}

	@Test
	void aProceedingRunsOnTheDatabaseWithItsRouteStepsAndPeriods() {
		var id = lead();
		var number = jdbc.queryForObject("select number from penalty_proceeding where id = ?", String.class, id);
		assertThat(number).matches("CF2026\\d{6}");
		var officer = actor("officer01");
		var officers = scope("officer01");
		penalties.requestFiling(id, version(id), officer, officers);
		penalties.approveFiling(id, version(id), "同意立案", actor("deputy"), scope("deputy"));
		penalties.addRecord(id, version(id), new NewRecord(RecordKind.INQUIRY, "询问笔录", "当事人承认露天烧烤",
				officer.id(), actor("enforcer01").id(), List.of()), officer, officers);
		penalties.conclude(id, version(id), fine(3000, DiscretionLevel.SERIOUS), officer, officers);
		penalties.submit(id, version(id), officer, officers);
		assertThat(jdbc.queryForMap("select tier, route_reviews, thresholds_version from penalty_proceeding where id = ?",
				id)).containsEntry("tier", "T3")
			.containsEntry("route_reviews", "SQUAD_REVIEW,LEGAL_REVIEW,DEPUTY_APPROVAL")
			.containsEntry("thresholds_version", "2026-01");
		// the route is on the audit trail (with DELEGATED when T2 would end at the 法制股)
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList("""
				select after_state from audit_entry where action = 'penalty.route' and target = ?""", String.class,
				"proceeding:" + number)).containsExactly("T3 2026-01"));

		penalties.approve(id, version(id), "同意", null, actor("squad01"), scope("squad01"));
		// the 法制股 of the demo bureau holds the 法律职业资格
		penalties.approve(id, version(id), "审核通过", "管辖权=OK;事实证据=OK", actor("legal"), scope("legal"));
		penalties.approve(id, version(id), "同意", null, actor("deputy"), scope("deputy"));
		var proceeding = penalties.get(id, officers);
		assertThat(proceeding.getStatus()).isEqualTo(ProceedingStatus.NOTICE_PENDING);
		assertThat(proceeding.getSteps()).hasSize(9);
		assertThat(jdbc.queryForObject("select count(*) from penalty_approval where proceeding_id = ?", Long.class, id))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject("""
				select due_on from penalty_period where proceeding_id = ? and kind = 'DECISION'""", LocalDate.class, id))
			.isAfter(LocalDate.of(2026, 12, 1));
	}

	@Test
	void seeingIsNotActingAndEveryRefusalLeavesTheProceedingAsItWas() {
		var id = lead();
		var before = version(id);
		// another street's squad does not even see it
		assertThatThrownBy(() -> penalties.requestFiling(id, before, actor("officer02"), scope("officer02")))
			.isInstanceOf(PenaltyNotFoundException.class);
		// the squad leader sees it but is not one of its officers
		assertThatThrownBy(() -> penalties.requestFiling(id, before, actor("squad01"), scope("squad01")))
			.hasMessage("penalty.actor.handler");
		// the 法制股 sees everything and files nothing
		assertThatThrownBy(() -> penalties.requestFiling(id, before, actor("legal"), scope("legal")))
			.hasMessage("penalty.actor.authority");
		// a stale page
		assertThatThrownBy(() -> penalties.requestFiling(id, before + 1, actor("officer01"), scope("officer01")))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(version(id)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select status from penalty_proceeding where id = ?", String.class, id))
			.isEqualTo("LEAD");
	}

	@Test
	void anAuxiliaryOrAnOfficerWithAnExpiredCertificateIsNoSecondOfficer() {
		var officer = actor("officer01");
		for (var second : List.of("aux01", "officer21")) {
			var lead = new NewLead(party(), ProceedingSource.PATROL, null, squad01(), "990101001", "990101",
					actor(second).id(), "和平路", "露天烧烤", LocalDate.of(2026, 11, 20), null, false,
					LocalDate.of(2026, 11, 20), false);
			assertThatThrownBy(() -> TestLogins.withAuthorities(() -> penalties.openLead(lead, officer),
					"penalty:handle")).hasMessage("penalty.guard.art42");
		}
	}

	@Test
	void onTheSpotDecisionsTakeTheSquadsFormNumbersInOrderAndNoneAreLeftNothingIsStored() {
		var officer = actor("officer02");
		var unit = staff.orgUnitOf(officer.id());
		var prefix = "T" + Math.abs(UUID.randomUUID().hashCode() % 100000);
		var legal = actor("legal");
		// the squad's earlier forms are all used
		jdbc.update("update penalty_form_range set next_no = last_no + 1 where unit_id = ?", unit);
		TestLogins.withAuthorities(() -> formRanges.allocate(unit, prefix, 7, 8, legal.username(), Instant.now()),
				"penalty:approve:legal");
		// a range that overlaps is refused
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> formRanges.allocate(squad01(), prefix, 8, 20,
				legal.username(), Instant.now()), "penalty:approve:legal")).hasMessage("penalty.formRange.error.overlap");
		var before = jdbc.queryForObject("select count(*) from penalty_proceeding", Long.class);
		var numbers = new java.util.ArrayList<String>();
		for (var i = 0; i < 2; i++) {
			var id = TestLogins.withAuthorities(() -> penalties.decideOnSite(onSite(unit), officer), "penalty:handle");
			numbers.add(jdbc.queryForObject("select form_number from penalty_proceeding where id = ?", String.class, id));
		}
		assertThat(numbers).containsExactly(prefix + "000007", prefix + "000008");
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> penalties.decideOnSite(onSite(unit), officer),
				"penalty:handle")).hasMessage("penalty.error.noFormNumbers");
		assertThat(jdbc.queryForObject("select count(*) from penalty_proceeding", Long.class)).isEqualTo(before + 2);
	}

	OnSiteDecision onSite(long unit) {
		var lead = new NewLead(party(), ProceedingSource.PATROL, null, unit, null, null, actor("enforcer02").id(),
				"解放路", "店外占道经营", LocalDate.of(2026, 11, 30), null, false, LocalDate.of(2026, 11, 30), false);
		var warning = new ProposedOutcome(Outcome.PENALTY, null, null, true, BigDecimal.ZERO, null, null, null,
				BigDecimal.ZERO, Set.of(), "责令立即将物品搬回店内", null, Set.of(), null, Set.of(), null);
		return new OnSiteDecision(lead, warning, true, "当事人无异议", false, false, null);
	}
}
