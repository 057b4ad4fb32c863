package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 《行政处罚法》第六十条：the 90 days are watched and their officers warned at 30, 15 and 5 days left, once each. */
@ChengguanIntegrationTest
class DecisionClockTests {

	@Autowired
	DecisionClock clock;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar calendar;

	@ParameterizedTest(name = "{0} days left, warned at {1}: {2}")
	@CsvSource(nullValues = "-", value = { "31, -, -", "30, -, 30", "20, -, 30", "20, 30, -", "15, 30, 15",
			"6, -, 15", "5, 15, 5", "5, 5, -", "0, 15, 5", "-3, 5, -" })
	void theWarningDueAt(long daysLeft, Integer warnedAt, Integer expected) {
		assertThat(DecisionClock.levelAt(daysLeft, warnedAt)).isEqualTo(expected);
	}

	@Test
	void theOfficersHearAtThirtyFifteenAndFiveDaysAndTheSquadLeaderAtFive() {
		var id = new ProceedingFixtures(penalties, parties, staff, jdbc).filed();
		dueIn(id, 29);
		clock.scan();
		clock.scan();
		assertThat(notices(id)).containsExactlyInAnyOrder("officer01:30", "enforcer01:30");
		dueIn(id, 5);
		clock.scan();
		assertThat(notices(id)).containsExactlyInAnyOrder("officer01:30", "enforcer01:30", "officer01:5",
				"enforcer01:5", "squad01:5");
		assertThat(jdbc.queryForObject("""
				select warned_days from penalty_period where proceeding_id = ? and kind = 'DECISION'""", Integer.class,
				id)).isEqualTo(5);
	}

	void dueIn(long id, int days) {
		LocalDate due = calendar.today().plusDays(days);
		jdbc.update("update penalty_period set due_on = ? where proceeding_id = ? and kind = 'DECISION'", due, id);
	}

	java.util.List<String> notices(long id) {
		return jdbc.queryForList("""
				select m.username || ':' || n.detail from notification n join staff_member m on m.id = n.recipient_id
				where n.proceeding_id = ? and n.kind = 'PENALTY_DEADLINE'""", String.class, id);
	}
}
