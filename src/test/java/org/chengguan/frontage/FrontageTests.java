package org.chengguan.frontage;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 门前三包 against the real database and the demo city: a unit gets its street's next plate number, its squad and a
 * token; only a 辖区 that covers its place may sign it up; cases of a frontage category near it link to it, others do
 * not; the repeat count looks back 12 months; the proposal of a repeat needs its reasons for a lighter level.
 */
@ChengguanIntegrationTest
class FrontageTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FrontageManagement frontages;

	@Autowired
	StaffManagement staff;

	@Autowired
	IntakeManagement intake;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	FrontageUnits units;

	@BeforeEach
	void setUp() {
		units = new FrontageUnits(jdbc, frontages, staff, intake);
	}

	long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void aUnitGetsItsStreetsNextPlateNumberItsSquadAndAnUnguessableToken() {
		var at = units.centre("990101001005020");
		var unit = units.register("squad01", FrontageUnits.shop("测试便利店", FrontageUnits.kerb(at)));
		assertThat(unit.getCode()).startsWith("MQ990101001").hasSize(15);
		assertThat(unit.getUnitGridCode()).isEqualTo("990101001005020");
		assertThat(unit.getSquadId()).isEqualTo(count("select id from staff_org_unit where code = 'SQUAD-990101001'"));
		assertThat(unit.getToken()).matches("[A-Za-z0-9_-]{22}");
		assertThat(unit.getDutyAppearance()).contains("店外经营");
		var next = units.register("squad01", FrontageUnits.shop("测试水果店", FrontageUnits.kerb(new double[] { at[0],
				at[1] + 20 * FrontageUnits.LAT_PER_METRE })));
		assertThat(Integer.parseInt(next.getCode().substring(11))).isEqualTo(Integer.parseInt(unit.getCode().substring(11)) + 1);
	}

	@Test
	void seeingIsNotActingAUnitIsSignedUpOnlyInsideOnesOwnArea() {
		// squad02 looks after street 990101002: a frontage in squad01's street is not theirs to sign up
		var elsewhere = FrontageUnits.kerb(units.centre("990101001005019"));
		var before = count("select count(*) from frontage_unit");
		assertThatThrownBy(() -> units.register("squad02", FrontageUnits.shop("越界小店", elsewhere)))
			.isInstanceOf(FrontageRuleException.class)
			.hasMessage("frontage.error.outsideScope");
		assertThatThrownBy(() -> units.register("squad01", FrontageUnits.shop("城外小店", "100.0,30.0;100.0001,30.0")))
			.hasMessage("frontage.error.outsideGrids");
		assertThat(count("select count(*) from frontage_unit")).isEqualTo(before);
		var unit = units.register("squad01", FrontageUnits.shop("辖区小店", elsewhere));
		assertThat(frontages.mayManage(unit, staff.scopeOf(units.actor("squad01").id()))).isTrue();
		assertThat(frontages.mayManage(unit, staff.scopeOf(units.actor("squad02").id()))).isFalse();
		assertThatThrownBy(() -> frontages.get(unit.getId(), staff.scopeOf(units.actor("squad02").id())))
			.isInstanceOf(FrontageNotFoundException.class);
	}

	@Test
	void aCaseOfAFrontageCategoryNearAFrontageLinksToItAndOthersDoNot() {
		var at = units.centre("990101001005018");
		var unit = units.register("squad01", FrontageUnits.shop("门前测试店", FrontageUnits.kerb(at)));
		var near = units.patrolCase("09005", at[0] + 4 * FrontageUnits.LON_PER_METRE,
				at[1] + 6 * FrontageUnits.LAT_PER_METRE);
		var far = units.patrolCase("09006", at[0] + 4 * FrontageUnits.LON_PER_METRE,
				at[1] + 30 * FrontageUnits.LAT_PER_METRE);
		var otherKind = units.patrolCase("06029", at[0], at[1]);
		assertThat(frontages.ofCase(near)).hasValueSatisfying(r -> {
			assertThat(r.unitId()).isEqualTo(unit.getId());
			assertThat(r.repeats()).isEqualTo(1);
		});
		assertThat(frontages.ofCase(far)).isEmpty();
		assertThat(frontages.ofCase(otherKind)).isEmpty();
		assertThat(frontages.violations(unit.getId())).extracting(FrontageViews.Violation::link).containsExactly("AUTO");
	}

	@Test
	void theRepeatCountLooksBackTwelveMonthsUpToTheCase() {
		var at = units.centre("990101001005017");
		var unit = units.register("squad01", FrontageUnits.shop("再犯测试店", FrontageUnits.kerb(at)));
		var first = units.patrolCase("09006", at[0], at[1]);
		// the first was 13 months ago: outside the window
		jdbc.update("update frontage_violation set found_at = ? where case_id = ?",
				Timestamp.from(Instant.now().minus(395, ChronoUnit.DAYS)), first);
		var second = units.patrolCase("09006", at[0], at[1]);
		assertThat(frontages.ofCase(second).orElseThrow().repeats()).isEqualTo(1);
		var third = units.patrolCase("09005", at[0], at[1]);
		assertThat(frontages.ofCase(third).orElseThrow().repeats()).isEqualTo(2);
		// as of the second, the third had not happened yet
		assertThat(frontages.ofCase(second).orElseThrow().repeats()).isEqualTo(1);
		assertThat(frontages.recordOf(unit.getId()).violations()).hasSize(3);
	}

	@Test
	void classifyingACaseAtAcceptanceDecidesItsAutomaticLink() throws Exception {
		var at = units.centre("990101001005016");
		var unit = units.register("squad01", FrontageUnits.shop("改类测试店", FrontageUnits.kerb(at)));
		var steps = new CaseSteps(mvc, jdbc, users);
		// called in as 暴露垃圾 at the frontage: linked; the 受理员 finds it is 露天烧烤: no longer the frontage's
		var rubbish = units.phoneCase("06010", at[0], at[1]);
		assertThat(frontages.ofCase(rubbish)).isPresent();
		steps.act(rubbish, "intake", "ACCEPT", "categoryId",
				String.valueOf(count("select id from category_item where kind = 'EVENT' and code = '06029'")));
		assertThat(frontages.ofCase(rubbish)).isEmpty();
		// called in as 露天烧烤, accepted as 店外经营: linked then
		var barbecue = units.phoneCase("06029", at[0], at[1]);
		assertThat(frontages.ofCase(barbecue)).isEmpty();
		steps.act(barbecue, "intake", "ACCEPT", "categoryId",
				String.valueOf(count("select id from category_item where kind = 'EVENT' and code = '09005'")));
		assertThat(frontages.ofCase(barbecue).orElseThrow().unitId()).isEqualTo(unit.getId());
	}
}
