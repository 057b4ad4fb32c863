package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.ChengguanJpaTest;
import org.chengguan.intake.Channel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Rollups against the real PostgreSQL: each grouping sums its facts, a region is the sum of the regions under it, the
 * adjusted figures leave out approved 申诉, and a changed fact moves between keys when its day is rolled again.
 * The facts are of March 2001 in the fictional district 880101, apart from anything else in the shared database.
 */
@ChengguanJpaTest
@Import({ FactStore.class, Rollups.class })
class RollupTests {

	static final LocalDate MARCH_5 = LocalDate.of(2001, 3, 5);

	static final Period MARCH = Period.of(Period.Kind.MONTH, MARCH_5);

	@Autowired
	FactStore store;

	@Autowired
	Rollups rollups;

	@Autowired
	JdbcTemplate jdbc;

	static CaseCount count(long id, LocalDate day, String street, String categoryKey, String tally) {
		return new CaseCount(9_000_000_000L + id, day, street.substring(0, 6), street, street + "001",
				street + "001001", 991L, categoryKey, Channel.PATROL, IndicatorTests.tally("cases=1 " + tally));
	}

	@BeforeEach
	void facts() {
		store.store(List.of(
				count(1, MARCH_5, "880101001", "E06010", "registered=1 closed=1 closedOnTime=1"),
				count(2, MARCH_5, "880101001", "E06011", "registered=1 closed=1"),
				count(3, MARCH_5.plusDays(1), "880101002", "E06010", "registered=1 onHold=1"),
				count(4, MARCH_5.plusMonths(1), "880101002", "E07001", "registered=1 closed=1 closedOnTime=1")));
		while (!store.roll(31).isEmpty()) {
			// every marked day
		}
	}

	Tally tally(Scope.Level level, String key) {
		return rollups.tally(Scope.parse(level, key).orElseThrow(), MARCH, false);
	}

	@Test
	void eachLevelSumsItsOwnFacts() {
		assertThat(tally(Scope.Level.STREET, "880101001"))
			.isEqualTo(IndicatorTests.tally("cases=2 registered=2 closed=2 closedOnTime=1"));
		assertThat(tally(Scope.Level.DISTRICT, "880101"))
			.isEqualTo(IndicatorTests.tally("cases=3 registered=3 closed=2 closedOnTime=1 onHold=1"));
		assertThat(tally(Scope.Level.GRID, "880101002001001").registered()).isEqualTo(1);
		assertThat(tally(Scope.Level.CATEGORY, "E06").cases()).isEqualTo(3);
		assertThat(tally(Scope.Level.CATEGORY, "E06010").cases()).isEqualTo(2);
	}

	@Test
	void aRankingListsTheKeysUnderTheScope() {
		var district = Scope.parse(Scope.Level.DISTRICT, "880101").orElseThrow();
		var streets = rollups.ranking(FactStore.Grouping.STREET, district, MARCH, false);
		assertThat(streets).containsOnlyKeys("880101001", "880101002");
		assertThat(streets.get("880101001").closed()).isEqualTo(2);
		var street = Scope.parse(Scope.Level.STREET, "880101002").orElseThrow();
		assertThat(rollups.ranking(FactStore.Grouping.GRID, street, MARCH, false))
			.containsOnlyKeys("880101002001001");
	}

	@Test
	void theAdjustedFiguresLeaveOutApprovedAppeals() {
		jdbc.update("update supervision_case_fact set appealed = true, dirty = true where case_id = ?",
				9_000_000_002L);
		store.roll(31);
		var street = Scope.parse(Scope.Level.STREET, "880101001").orElseThrow();
		assertThat(rollups.tally(street, MARCH, false).closed()).isEqualTo(2);
		assertThat(rollups.tally(street, MARCH, true).closed()).isEqualTo(1);
	}

	@Test
	void aFactThatMovesToAnotherStreetLeavesTheFirst() {
		store.store(List.of(count(2, MARCH_5, "880101002", "E06011", "registered=1 closed=1")));
		assertThat(store.roll(31)).containsExactly(MARCH_5);
		assertThat(tally(Scope.Level.STREET, "880101001").cases()).isEqualTo(1);
		assertThat(tally(Scope.Level.STREET, "880101002").cases()).isEqualTo(2);
	}

	@Test
	void aRollWritesOnlyTheRowsWhoseSumsChanged() {
		var before = rowVersions();
		store.store(List.of(count(1, MARCH_5, "880101001", "E06010", "registered=1 closed=1")));
		assertThat(store.roll(31)).containsExactly(MARCH_5);
		var after = rowVersions();
		assertThat(after).containsOnlyKeys(before.keySet());
		// case 2 alone is of E06011; case 1 lost its closedOnTime from every row it is counted in
		assertThat(after.get("CATEGORY E06011")).isEqualTo(before.get("CATEGORY E06011"));
		assertThat(List.of("DISTRICT 880101", "STREET 880101001", "GRID 880101001001001", "CATEGORY E06010"))
			.allSatisfy(row -> assertThat(after.get(row)).isNotEqualTo(before.get(row)));
		assertThat(tally(Scope.Level.STREET, "880101001").closedOnTime()).isZero();
		assertThat(store.rollupDifferences(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 5, 1))).isZero();
	}

	/** Where each of March 5's rows of these facts is stored: a row written anew moves. */
	Map<String, String> rowVersions() {
		var versions = new HashMap<String, String>();
		jdbc.query("""
				select grouping || ' ' || group_key, ctid::text from supervision_rollup
				where day = ? and (group_key like '88010%' or group_key like 'E0601%')""",
				(RowCallbackHandler) row -> versions.put(row.getString(1), row.getString(2)), MARCH_5);
		return versions;
	}

	@Test
	void aRunRollsEveryMarkedDayOnceABatchOfDaysAtATime() {
		store.store(List.of(count(1, MARCH_5, "880101002", "E06010", "registered=1"),
				count(3, MARCH_5.plusDays(1), "880101001", "E06010", "registered=1"),
				count(4, MARCH_5.plusMonths(1), "880101001", "E07001", "registered=1")));
		assertThat(store.roll(MARCH_5, 31)).containsExactly(MARCH_5.plusDays(1), MARCH_5.plusMonths(1));
		store.store(List.of(count(3, MARCH_5.plusDays(1), "880101002", "E06010", "registered=1"),
				count(4, MARCH_5.plusMonths(1), "880101002", "E07001", "registered=1")));
		assertThat(store.rollMarked(1)).containsExactly(MARCH_5, MARCH_5.plusDays(1), MARCH_5.plusMonths(1));
		assertThat(store.roll(31)).isEmpty();
		assertThat(tally(Scope.Level.STREET, "880101002").cases()).isEqualTo(2);
		assertThat(store.rollupDifferences(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 5, 1))).isZero();
	}

	@Test
	void aDayMarkedAgainWhileARunGoesOnWaitsForTheNextRun(@Autowired PlatformTransactionManager transactions) {
		store.store(List.of(count(1, MARCH_5, "880101002", "E06010", "registered=1"),
				count(3, MARCH_5.plusDays(1), "880101001", "E06010", "registered=1")));
		// as steady intake does: a case of March 5 moves just after March 5 was rolled
		var intakeGoesOn = new FactStore(jdbc, transactions) {

			boolean moved;

			@Override
			List<LocalDate> roll(@Nullable LocalDate after, int days) {
				var rolled = super.roll(after, days);
				if (rolled.contains(MARCH_5) && !moved) {
					moved = store(List.of(count(2, MARCH_5, "880101002", "E06011", "registered=1 closed=1"))) == 1;
				}
				return rolled;
			}
		};
		assertThat(intakeGoesOn.rollMarked(1)).containsExactly(MARCH_5, MARCH_5.plusDays(1));
		assertThat(store.roll(31)).containsExactly(MARCH_5);
	}

	@Test
	void anUnchangedFactMarksNothing() {
		assertThat(store.store(List.of(count(1, MARCH_5, "880101001", "E06010",
				"registered=1 closed=1 closedOnTime=1")))).isZero();
		assertThat(store.roll(31)).isEmpty();
	}

	@Test
	void aTrendHasEveryMonthWithOrWithoutCases() {
		var district = Scope.parse(Scope.Level.DISTRICT, "880101").orElseThrow();
		var trend = rollups.trend(district, YearMonth.of(2001, 2), YearMonth.of(2001, 5), false);
		assertThat(trend).extracting(m -> m.tally().cases()).containsExactly(0L, 3L, 1L, 0L);
	}

	@Test
	void aPeriodReadsItsWholeMonthsFromTheMonthlyRollupsAndTheDaysAtEitherEndFromTheDaily() {
		var range = Period.range(LocalDate.of(2001, 2, 20), LocalDate.of(2001, 4, 5));
		assertThat(Rollups.Part.of(range)).containsExactly(
				new Rollups.Part(Rollups.DAYS, LocalDate.of(2001, 2, 20), LocalDate.of(2001, 3, 1)),
				new Rollups.Part(Rollups.MONTHS, LocalDate.of(2001, 3, 1), LocalDate.of(2001, 4, 1)),
				new Rollups.Part(Rollups.DAYS, LocalDate.of(2001, 4, 1), LocalDate.of(2001, 4, 6)));
		assertThat(Rollups.Part.of(MARCH)).containsExactly(new Rollups.Part(Rollups.MONTHS, MARCH.from(), MARCH.to()));
		assertThat(Rollups.Part.of(Period.range(MARCH_5, MARCH_5.plusDays(3))))
			.containsExactly(new Rollups.Part(Rollups.DAYS, MARCH_5, MARCH_5.plusDays(4)));
		var district = Scope.parse(Scope.Level.DISTRICT, "880101").orElseThrow();
		assertThat(rollups.tally(district, range, false).cases()).isEqualTo(4);
		assertThat(rollups.tally(district, Period.range(LocalDate.of(2001, 2, 20), LocalDate.of(2001, 4, 4)), false)
			.cases()).isEqualTo(3);
	}

	@Test
	void theMonthlyRowsAreTheSumsOfTheirDaysAfterEveryChange() {
		store.store(List.of(count(2, MARCH_5, "880101002", "E06011", "registered=1 closed=1"),
				count(5, MARCH_5.plusDays(20), "880101001", "E06010", "registered=1")));
		store.roll(31);
		jdbc.update("delete from supervision_case_fact where case_id = ?", 9_000_000_003L);
		store.sum(List.of(MARCH_5.plusDays(1)));
		assertThat(store.rollupDifferences(LocalDate.of(2001, 2, 1), LocalDate.of(2001, 5, 1))).isZero();
		assertThat(tally(Scope.Level.STREET, "880101002").cases()).isEqualTo(1);
		assertThat(tally(Scope.Level.DISTRICT, "880101").cases()).isEqualTo(3);
		// a month whose every case left it keeps no row
		jdbc.update("delete from supervision_case_fact where case_id = ?", 9_000_000_004L);
		store.sum(List.of(MARCH_5.plusMonths(1)));
		assertThat(jdbc.queryForObject("select count(*) from supervision_rollup_month where day = ?", Integer.class,
				LocalDate.of(2001, 4, 1))).isZero();
	}

	@Test
	void theRowsCountedAsDifferentIncludeAMonthThatIsNotTheSumOfItsDays() {
		jdbc.update("update supervision_rollup_month set closed = closed + 1 where day = ? and grouping = 'STREET'",
				LocalDate.of(2001, 3, 1));
		assertThat(store.rollupDifferences(MARCH_5, MARCH_5.plusDays(1))).isEqualTo(4);
	}
}
