package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hotspot ledger's rules (domain.md §3.3): 上账, 销账 after three clear inspections over 14 days, 回头看, 反弹. */
class HotspotTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Instant LISTED = Instant.parse("2026-03-02T01:00:00Z");

	static Hotspot remediating() {
		var point = new Hotspot("2026-0001", "解放路夜市路口", 113.6, 34.7, null, "990101001", "E09006",
				Hotspot.Origin.COMPLAINT_CLUSTER, "system", LISTED.minus(Duration.ofDays(1)));
		point.list(41, "夜市路口占道经营动态清零", "supervisor", LISTED);
		point.start();
		return point;
	}

	static void inspect(Hotspot point, int day, int violations) {
		point.inspect(new Hotspot.Inspection(LISTED.plus(Duration.ofDays(day)), "inspector", violations, null, null));
	}

	@Test
	void threeClearInspectionsOverFourteenDaysAllowTheDelisting() {
		var point = remediating();
		inspect(point, 1, 2);
		inspect(point, 3, 0);
		inspect(point, 10, 0);
		assertThat(point.clearable()).isFalse();
		// days 3 to 17: fourteen days
		inspect(point, 17, 0);
		assertThat(point.clearable()).isTrue();
		point.clear("supervisor", LISTED.plus(Duration.ofDays(17)));
		assertThat(point.getStatus()).isEqualTo(HotspotStatus.CLEARED);
	}

	@Test
	void threeClearInspectionsWithinAFortnightAreNotEnoughAndAViolationStartsOver() {
		var short_ = remediating();
		inspect(short_, 1, 0);
		inspect(short_, 5, 0);
		inspect(short_, 10, 0);
		assertThat(short_.clearable()).isFalse();
		assertThatThrownBy(() -> short_.clear("supervisor", Instant.now()))
			.hasMessage("supervision.hotspot.error.notClear");

		var broken = remediating();
		inspect(broken, 1, 0);
		inspect(broken, 10, 0);
		inspect(broken, 12, 1);
		inspect(broken, 20, 0);
		inspect(broken, 30, 0);
		assertThat(broken.clearable()).isFalse();
	}

	@Test
	void aViolationDuringTheRevisitIsAReboundAndThePointIsListedAgain() {
		var point = cleared();
		inspect(point, 40, 0);
		assertThat(point.getStatus()).isEqualTo(HotspotStatus.REVISIT);
		inspect(point, 70, 3);
		assertThat(point.getStatus()).isEqualTo(HotspotStatus.REBOUNDED);
		point.list(41, "再次上账", "supervisor", LISTED.plus(Duration.ofDays(71)));
		assertThat(point.getStatus()).isEqualTo(HotspotStatus.LISTED);
		assertThat(point.clearable()).isFalse();
	}

	@Test
	void aPointRetiresAfterSixMonthsOfMonthlyRevisits() {
		var point = cleared();
		var cleared = ZonedDateTime.ofInstant(point.getClearedAt(), ZONE);
		for (var month = 0; month < 5; month++) {
			point.inspect(new Hotspot.Inspection(cleared.plusMonths(month).plusDays(10).toInstant(), "inspector", 0,
					null, null));
		}
		var sixMonthsOn = cleared.plusMonths(6).plusDays(1).toInstant();
		// the sixth month had no 回头看
		assertThat(point.revisitDue(sixMonthsOn, ZONE)).isTrue();
		assertThatThrownBy(() -> point.retire(sixMonthsOn, ZONE)).hasMessage("supervision.hotspot.error.revisitOpen");
		point.inspect(new Hotspot.Inspection(cleared.plusMonths(5).plusDays(20).toInstant(), "inspector", 0, null,
				null));
		point.retire(sixMonthsOn, ZONE);
		assertThat(point.getStatus()).isEqualTo(HotspotStatus.RETIRED);
	}

	@Test
	void aPointIsClearForAPeriodWhenItWasInspectedAndNothingWasFound() {
		var point = remediating();
		inspect(point, 1, 0);
		inspect(point, 5, 1);
		assertThat(point.clearIn(LISTED, LISTED.plus(Duration.ofDays(3)))).isTrue();
		assertThat(point.clearIn(LISTED, LISTED.plus(Duration.ofDays(6)))).isFalse();
		assertThat(point.clearIn(LISTED.plus(Duration.ofDays(6)), LISTED.plus(Duration.ofDays(9)))).isFalse();
	}

	@ParameterizedTest(name = "{0} on a {1} point by {2}: {3}")
	@CsvSource({
			"START,   LISTED,      unit,       true", "START, LISTED, otherUnit, false",
			"START,   LISTED,      inspector,  false", "START, LISTED, supervisor, true",
			"INSPECT, REMEDIATING, inspector,  true", "INSPECT, REMEDIATING, unit, false",
			"INSPECT, PROPOSED,    supervisor, false", "CLEAR, REMEDIATING, inspector, false",
			"CLEAR,   REMEDIATING, supervisor, true", "LIST, LISTED, supervisor, false" })
	void theMatrixOfStepsAndPeople(HotspotAction action, HotspotStatus status, String who, boolean allowed) {
		var point = status == HotspotStatus.LISTED ? listed() : remediating();
		var asker = switch (who) {
			case "unit" -> asker(41, "case:dispose");
			case "otherUnit" -> asker(42, "case:dispose");
			case "inspector" -> asker(7, "case:check");
			default -> asker(3, "supervision:manage");
		};
		var subject = status == HotspotStatus.PROPOSED ? new Hotspot("2026-0002", "新点位", 113.6, 34.7, null, null,
				null, Hotspot.Origin.INSPECTION, "inspector", LISTED) : point;
		assertThat(action.allows(asker, subject)).isEqualTo(allowed);
	}

	static Hotspot listed() {
		var point = new Hotspot("2026-0003", "点位", 113.6, 34.7, null, null, null, Hotspot.Origin.LEADERSHIP,
				"director", LISTED);
		point.list(41, "目标", "supervisor", LISTED);
		return point;
	}

	static Asker asker(long unit, String authority) {
		return new Asker(new Actor(1, "someone", "某人"), unit, DataScope.everything(), Set.of(authority));
	}

	static Hotspot cleared() {
		var point = remediating();
		inspect(point, 1, 0);
		inspect(point, 8, 0);
		inspect(point, 15, 0);
		point.clear("supervisor", LISTED.plus(Duration.ofDays(15)));
		return point;
	}

	@Test
	void aPointIsAboutTheCategoriesItNamesOrAboutAnyWhenItNamesNone() {
		assertThat(remediating().categoryKeys()).containsExactly("E09006");
		var several = new Hotspot("2026-0002", "北门", 113.6, 34.7, null, null, "E09006, E09001，E06010",
				Hotspot.Origin.INSPECTION, "inspector", LISTED);
		assertThat(several.categoryKeys()).containsExactly("E09006", "E09001", "E06010");
		var any = new Hotspot("2026-0003", "南门", 113.6, 34.7, null, null, null, Hotspot.Origin.INSPECTION,
				"inspector", LISTED);
		assertThat(any.categoryKeys()).isEmpty();
	}
}
