package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.party.IdType;
import org.chengguan.party.NewParty;
import org.chengguan.party.PartyKind;
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

	Actor actor(String username) {
		var row = jdbc.queryForMap("select id, name from staff_member where username = ?", username);
		return new Actor(((Number) row.get("id")).longValue(), username, (String) row.get("name"));
	}

	DataScope scope(String username) {
		return staff.scopeOf(actor(username).id());
	}

	long squad01() {
		return staff.orgUnitOf(actor("squad01").id());
	}

	long version(long id) {
		return jdbc.queryForObject("select version from penalty_proceeding where id = ?", Long.class, id);
	}

	long barbecue() {
		return jdbc.queryForObject("select id from penalty_benchmark_entry where code = 'DQ-118-03' and version = 1",
				Long.class);
	}

	/** A person with a fresh (valid) resident number born in 1980. */
	long party() {
		var serial = String.format("%03d", Math.abs(UUID.randomUUID().hashCode()) % 1000);
		var body = "11010519800101" + serial;
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		var sum = 0;
		for (var i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return parties.register(new NewParty(PartyKind.PERSON, IdType.RESIDENT_ID, body + "10X98765432".charAt(sum % 11),
				"赵烧烤", null, "和平路 1 号", "13700001111"), "officer01");
	}

	long lead() {
		var officer = actor("officer01");
		var lead = new NewLead(party(), ProceedingSource.PATROL, null, squad01(), "990101001", "990101",
				actor("enforcer01").id(), "和平路夜市", "在禁止区域内露天烧烤食品", LocalDate.of(2026, 11, 20), null, false,
				LocalDate.of(2026, 11, 20), false);
		return TestLogins.withAuthorities(() -> penalties.openLead(lead, officer), "penalty:handle");
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
}
