package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.supervision.IndicatorTests.tally;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.chengguan.supervision.ScoringScheme.Item;
import org.chengguan.supervision.ScoringScheme.Transform;
import org.junit.jupiter.api.Test;

/** The schemes of domain.md §9.2, one test each, and the rule that no scheme can read an amount. */
class ScoringSchemeTests {

	/** 成都金牛 数字城管 100 分: 处置率×30 + 按期处置率×20 + (1−返工率)×20 + (1−超期待处置率)×20 + (1−延期率)×10. */
	static final ScoringScheme JINNIU = new ScoringScheme("JINNIU", 1, "数字城管考核（100分，金牛区例）",
			LocalDate.of(2020, 1, 1),
			List.of(Item.of(Indicator.DISPOSE_RATE, 30, Transform.RATE),
					Item.of(Indicator.ON_TIME_DISPOSE_RATE, 20, Transform.RATE),
					Item.of(Indicator.REWORK_RATE, 20, Transform.ONE_MINUS_RATE),
					Item.of(Indicator.OVERDUE_OPEN_RATE, 20, Transform.ONE_MINUS_RATE),
					Item.of(Indicator.EXTENSION_RATE, 10, Transform.ONE_MINUS_RATE)));

	/** 按时结案得分 = 常规案件按时结案数 / 常规案件应结案数 × 100 % × 60. */
	static final ScoringScheme ON_TIME_CLOSE_60 = new ScoringScheme("ON-TIME-60", 1, "按时结案（60分）",
			LocalDate.of(2020, 1, 1),
			List.of(Item.of(Indicator.ON_TIME_CLOSE_RATE, 60, Transform.RATE)));

	@Test
	void jinniu() {
		var street = tally("registered=100 dispatched=100 disposed=95 disposedOnTime=90 reworked=2 overdueOpen=3 "
				+ "extended=4");
		var score = JINNIU.score(street, Indicator.Settings.DEFAULT);
		// 28.50 + 18.00 + 19.60 + 19.40 + 9.60
		assertThat(score.items()).extracting(s -> s.points().orElseThrow()).containsExactly(new BigDecimal("28.50"),
				new BigDecimal("18.00"), new BigDecimal("19.60"), new BigDecimal("19.40"), new BigDecimal("9.60"));
		assertThat(score.total()).isEqualByComparingTo("95.10");
		assertThat(score.complete()).isTrue();
	}

	@Test
	void onTimeCloseTimesSixtyForTianmen() {
		var tianmen = tally("registered=996 cancelled=20 onHold=4 closed=911 closedOnTime=737");
		// 75.82 % × 60
		assertThat(ON_TIME_CLOSE_60.score(tianmen, Indicator.Settings.DEFAULT).total()).isEqualByComparingTo("45.49");
	}

	@Test
	void aPenaltyPerUnitTakesItsPointsUpToItsCap() {
		var scheme = new ScoringScheme("REPEAT", 1, "重复投诉点位", LocalDate.of(2026, 1, 1), List.of(new Item(
				Indicator.OVERDUE_OPEN_RATE, new BigDecimal("20"), Transform.PENALTY_PER_UNIT, BigDecimal.ONE,
				new BigDecimal("20"))));
		assertThat(scheme.score(tally("dispatched=10 overdueOpen=7"), Indicator.Settings.DEFAULT).total())
			.isEqualByComparingTo("13");
		assertThat(scheme.score(tally("dispatched=90 overdueOpen=35"), Indicator.Settings.DEFAULT).total())
			.isEqualByComparingTo("0");
	}

	@Test
	void anItemWithoutDataScoresNothingAndSaysSo() {
		var score = JINNIU.score(Tally.EMPTY, Indicator.Settings.DEFAULT);
		assertThat(score.complete()).isFalse();
		assertThat(score.total()).isEqualByComparingTo("0");
		assertThat(score.items()).allSatisfy(s -> assertThat(s.points()).isEmpty());
	}

	@Test
	void anItemsCapLiesWithinItsWeight() {
		assertThatThrownBy(() -> new Item(Indicator.CLOSE_RATE, BigDecimal.TEN, Transform.RATE, BigDecimal.ZERO,
				new BigDecimal("11"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noSchemeCanScoreAnAmount() {
		// 《行政处罚法》第七十四条：罚款、没收的违法所得……不得同作出行政处罚决定的行政机关及其工作人员的考核、考评直接或者变相挂钩
		var counts = Arrays.stream(Tally.class.getRecordComponents()).toList();
		assertThat(counts).allSatisfy(c -> {
			assertThat(c.getType()).isEqualTo(long.class);
			assertThat(c.getName().toLowerCase()).doesNotContain("amount", "fine", "yuan", "money", "confiscat");
		});
	}
}
