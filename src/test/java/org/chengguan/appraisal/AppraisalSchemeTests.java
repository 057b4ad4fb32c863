package org.chengguan.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.chengguan.appraisal.AppraisalMetric.Inputs;
import org.chengguan.appraisal.AppraisalScheme.Grade;
import org.chengguan.appraisal.AppraisalScheme.Item;
import org.chengguan.appraisal.AppraisalScheme.Transform;
import org.chengguan.caseflow.FieldWorkManagement.FieldWork;
import org.chengguan.duty.AttendanceManagement.MemberDuty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a 协管员 scheme turns a month into points. */
class AppraisalSchemeTests {

	/** The scheme of V71: 25 + 20 + 15 + 15 + 10 + 5 + 10 = 100. */
	static final AppraisalScheme SCHEME = new AppraisalScheme("AUXILIARY", 1, "协管员月度绩效考核", LocalDate.of(2026, 1, 1), 1,
			List.of(item(AppraisalMetric.SHIFTS_KEPT, 25, Transform.RATE, "0"),
					item(AppraisalMetric.GRID_COVERAGE, 20, Transform.RATE, "0"),
					item(AppraisalMetric.REPORTS, 15, Transform.PER_UNIT, "0.75"),
					item(AppraisalMetric.REPORTS_VERIFIED, 15, Transform.RATE, "0"),
					item(AppraisalMetric.TASKS_DONE, 10, Transform.RATE, "0"),
					item(AppraisalMetric.SELF_DISPOSED, 5, Transform.PER_UNIT, "0.5"),
					item(AppraisalMetric.COMPLAINTS, 10, Transform.PENALTY_PER_UNIT, "5")),
			List.of(new Grade("三档", new BigDecimal("60")), new Grade("一档", new BigDecimal("90")),
					new Grade("二档", new BigDecimal("80")), new Grade("四档", BigDecimal.ZERO)));

	static Item item(AppraisalMetric metric, int weight, Transform transform, String perUnit) {
		return new Item(metric, BigDecimal.valueOf(weight), transform, new BigDecimal(perUnit), BigDecimal.valueOf(weight));
	}

	static Inputs month(int planned, int kept, int gridsPlanned, int gridsVisited, long reports, long verified,
			long refused, long selfDisposed, long tasks, long done, int complaints) {
		return new Inputs(new MemberDuty(planned, kept, gridsPlanned, gridsVisited),
				new FieldWork(reports, verified, refused, selfDisposed, tasks, done), complaints);
	}

	@Test
	void aFaithfulMonthScoresFullMarks() {
		var score = SCHEME.score(month(21, 21, 84, 84, 30, 20, 0, 10, 5, 5, 0));
		assertThat(score.total()).contains(new BigDecimal("100.00"));
		assertThat(SCHEME.gradeOf(score.total().orElseThrow())).isEqualTo("一档");
		assertThat(SCHEME.fullMarks()).isEqualByComparingTo("100");
	}

	@Test
	void ratesCountsAndComplaintsEachGiveTheirPoints() {
		var score = SCHEME.score(month(20, 15, 80, 40, 8, 6, 2, 3, 4, 3, 1));
		assertThat(score.items()).extracting(i -> i.points().orElseThrow()).containsExactly(new BigDecimal("18.75"),
				new BigDecimal("10.00"), new BigDecimal("6.00"), new BigDecimal("11.25"), new BigDecimal("7.50"),
				new BigDecimal("1.50"), new BigDecimal("5.00"));
		assertThat(score.total()).contains(new BigDecimal("60.00"));
		assertThat(SCHEME.gradeOf(new BigDecimal("60.00"))).isEqualTo("三档");
		assertThat(SCHEME.gradeOf(new BigDecimal("59.99"))).isEqualTo("四档");
		// counts stop at the cap; complaints take at most the cap
		var capped = SCHEME.score(month(20, 20, 80, 80, 100, 10, 0, 40, 0, 0, 7));
		assertThat(capped.items().get(2).points()).contains(new BigDecimal("15.00"));
		assertThat(capped.items().get(5).points()).contains(new BigDecimal("5.00"));
		assertThat(capped.items().get(6).points()).contains(new BigDecimal("0.00"));
	}

	@Test
	void anItemWithoutDataIsLeftOutAndTheTotalScaled() {
		// no 核实 sent and no report decided: 25 + 20 + 0 + 5 + 10 of the 75 possible → scaled to 100
		var score = SCHEME.score(month(20, 20, 80, 80, 0, 0, 0, 10, 0, 0, 0));
		assertThat(score.items().get(3).points()).isEmpty();
		assertThat(score.items().get(4).points()).isEmpty();
		assertThat(score.total()).contains(new BigDecimal("80.00"));
		// nothing rostered, nothing reported: only the counts have data
		assertThat(SCHEME.score(month(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).total()).contains(new BigDecimal("33.33"));
	}

	@Test
	void aRateMetricTakesARateRuleAndACountOneACountRule() {
		assertThatThrownBy(() -> item(AppraisalMetric.SHIFTS_KEPT, 25, Transform.PER_UNIT, "1"))
			.hasMessage("appraisal.scheme.error.item");
		assertThatThrownBy(() -> item(AppraisalMetric.REPORTS, 15, Transform.RATE, "0"))
			.hasMessage("appraisal.scheme.error.item");
		assertThatThrownBy(() -> new Item(AppraisalMetric.REPORTS, BigDecimal.TEN, Transform.PER_UNIT, BigDecimal.ONE,
				BigDecimal.valueOf(11))).hasMessage("appraisal.scheme.error.item");
		// the grades must reach down to 0, so that every total has one
		assertThatThrownBy(() -> new AppraisalScheme("X", 1, "x", LocalDate.of(2026, 1, 1), 1, SCHEME.items(),
				List.of(new Grade("一档", BigDecimal.TEN)))).hasMessage("appraisal.scheme.error.shape");
	}

	/** 《行政处罚法》第七十四条: nothing of a fine, a penalty or an amount can be what an auxiliary is scored by. */
	@Test
	void noMetricIsAboutFinesOrPenalties() {
		assertThat(Arrays.stream(AppraisalMetric.values()).map(Enum::name))
			.containsExactly("SHIFTS_KEPT", "GRID_COVERAGE", "REPORTS", "REPORTS_VERIFIED", "TASKS_DONE",
					"SELF_DISPOSED", "COMPLAINTS")
			.noneMatch(name -> name.contains("FINE") || name.contains("PENALTY") || name.contains("AMOUNT"));
		assertThat(Arrays.stream(FieldWork.class.getRecordComponents()).map(c -> c.getName()))
			.containsExactly("reports", "verified", "refused", "selfDisposed", "tasks", "tasksDone");
	}
}
