package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.chengguan.ChengguanJpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The proceedings' queries on the real PostgreSQL: desks, scope, a party's history and the Art. 29/33 counts. */
@ChengguanJpaTest
class ProceedingRepositoryTests {

	@Autowired
	ProceedingRepository proceedings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	long unit;

	long otherUnit;

	long handler;

	long second;

	long other;

	long party;

	int numbers;

	long insert(String sql, Object... args) {
		return jdbc.queryForObject(sql + " RETURNING id", Long.class, args);
	}

	@BeforeEach
	void someoneToWorkThem() {
		var tag = UUID.randomUUID().toString().substring(0, 8);
		var root = jdbc.queryForList("SELECT id FROM staff_org_unit WHERE parent_id IS NULL", Long.class);
		var bureau = root.isEmpty() ? insert("INSERT INTO staff_org_unit (code, name, type) VALUES ('B', '局', 'BUREAU')")
				: root.get(0);
		unit = insert("INSERT INTO staff_org_unit (code, name, type, parent_id) VALUES (?, '甲中队', 'SQUAD', ?)",
				"A" + tag, bureau);
		otherUnit = insert("INSERT INTO staff_org_unit (code, name, type, parent_id) VALUES (?, '乙中队', 'SQUAD', ?)",
				"B" + tag, bureau);
		handler = member("h" + tag, unit);
		second = member("s" + tag, unit);
		other = member("o" + tag, otherUnit);
		party = insert("""
				INSERT INTO party_party (kind, id_type, id_hash, credit_code, org_name, created_at, updated_at)
				VALUES ('ORGANISATION', 'CREDIT_CODE', ?, '91350100M000100Y43', '某餐饮公司', now(), now())""", tag);
	}

	long member(String username, long unitId) {
		return insert("INSERT INTO staff_member (username, password_hash, name, org_unit_id) VALUES (?, 'x', ?, ?)",
				username, username, unitId);
	}

	PenaltyProceeding open(long by, long co, long unitId, String street, LocalDate actOn) {
		var lead = new NewLead(party, ProceedingSource.PATROL, null, unitId, street, street.substring(0, 6), co,
				"和平路", "油烟直排", actOn, null, false, actOn, false);
		var opened = PenaltyProceeding.openLead("CF" + UUID.randomUUID().toString().substring(0, 10), lead,
				Proceedings.person(by, "承办人", Set.of("penalty:handle"), true, false, true),
				Proceedings.person(co, "协办人", Set.of("penalty:handle"), true, false, true), Proceedings.day(numbers++),
				Proceedings.CLOCK);
		return proceedings.saveAndFlush(opened);
	}

	void decided(PenaltyProceeding proceeding, String benchmark, int fine) {
		var id = jdbc.queryForObject("SELECT id FROM penalty_benchmark_entry WHERE code = ? AND version = 1", Long.class,
				benchmark);
		jdbc.update("UPDATE penalty_proceeding SET status = 'DECIDED', benchmark_id = ?, fine = ? WHERE id = ?", id,
				BigDecimal.valueOf(fine), proceeding.getId());
		entityManager.clear();
	}

	@Test
	void theDeskHoldsWhatAPersonWorksNewestFirstAndLeavesOutTheStatesAsked() {
		var first = open(handler, second, unit, "990101001", LocalDate.of(2026, 10, 1));
		var asSecond = open(second, handler, unit, "990101001", LocalDate.of(2026, 10, 2));
		var notMine = open(other, second, otherUnit, "990101002", LocalDate.of(2026, 10, 3));
		decided(first, "DQ-118-01", 8000);
		assertThat(proceedings.findWorkedBy(handler, EnumSet.of(ProceedingStatus.NO_CASE)))
			.extracting(PenaltyProceeding::getId).containsExactly(asSecond.getId(), first.getId());
		assertThat(proceedings.findWorkedBy(handler, EnumSet.of(ProceedingStatus.DECIDED)))
			.extracting(PenaltyProceeding::getId).containsExactly(asSecond.getId());
		assertThat(proceedings.findWorkedBy(other, EnumSet.of(ProceedingStatus.NO_CASE)))
			.extracting(PenaltyProceeding::getId).containsExactly(notMine.getId());
	}

	@Test
	void theScopeIsTheUnitOrItsStreetsOrTheCity() {
		var ours = open(handler, second, unit, "990101001", LocalDate.of(2026, 10, 1));
		var theirs = open(other, second, otherUnit, "990101002", LocalDate.of(2026, 10, 2));
		var lead = EnumSet.of(ProceedingStatus.LEAD);
		assertThat(proceedings.findInScope(lead, false, List.of(unit), List.of("-"), List.of("-")))
			.extracting(PenaltyProceeding::getId).contains(ours.getId()).doesNotContain(theirs.getId());
		assertThat(proceedings.findInScope(lead, false, List.of(-1L), List.of("990101002"), List.of("-")))
			.extracting(PenaltyProceeding::getId).contains(theirs.getId()).doesNotContain(ours.getId());
		assertThat(proceedings.findInScope(lead, false, List.of(-1L), List.of("-"), List.of("990101")))
			.extracting(PenaltyProceeding::getId).contains(ours.getId(), theirs.getId());
		assertThat(proceedings.findInScope(lead, true, List.of(-1L), List.of("-"), List.of("-")))
			.extracting(PenaltyProceeding::getId).contains(ours.getId(), theirs.getId());
		assertThat(proceedings.findInScope(EnumSet.of(ProceedingStatus.DECIDED), false, List.of(unit), List.of("-"),
				List.of("-"))).extracting(PenaltyProceeding::getId).doesNotContain(ours.getId());
	}

	@Test
	void aPartysHistoryAndItsEarlierOffencesAndFines() {
		var earlier = open(handler, second, unit, "990101001", LocalDate.of(2026, 3, 1));
		var sameDay = open(handler, second, unit, "990101001", LocalDate.of(2026, 10, 1));
		var now = open(handler, second, unit, "990101001", LocalDate.of(2026, 10, 1));
		decided(earlier, "DQ-118-01", 5000);
		decided(sameDay, "DQ-118-01", 6000);
		var decidedStates = PenaltyManagement.DECIDED;
		assertThat(proceedings.findByActPartyIdOrderByOpenedAtDesc(party)).extracting(PenaltyProceeding::getId)
			.containsExactly(now.getId(), sameDay.getId(), earlier.getId());
		// 《行政处罚法》第三十三条第一款：初次违法 — two earlier decided offences within the year, none before March
		assertThat(proceedings.countOffencesSince(party, "DQ-118-01", LocalDate.of(2025, 10, 1), now.getId(),
				decidedStates)).isEqualTo(2);
		assertThat(proceedings.countOffencesSince(party, "DQ-118-01", LocalDate.of(2026, 4, 1), now.getId(),
				decidedStates)).isEqualTo(1);
		assertThat(proceedings.countOffencesSince(party, "DQ-118-03", LocalDate.of(2025, 10, 1), now.getId(),
				decidedStates)).isZero();
		// 《行政处罚法》第二十九条：同一个违法行为不得给予两次以上罚款
		assertThat(proceedings.countFinesFor(party, "DQ-118-01", LocalDate.of(2026, 10, 1), now.getId(), decidedStates,
				BigDecimal.ZERO)).isEqualTo(1);
		assertThat(proceedings.countFinesFor(party, "DQ-118-01", LocalDate.of(2026, 10, 1), sameDay.getId(),
				decidedStates, BigDecimal.ZERO)).isZero();
	}
}
