package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Random;

import org.chengguan.ChengguanJpaTest;
import org.chengguan.intake.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The cases behind each number are as many as the number: for every indicator, the drill-down of its numerator, its
 * denominator and its misses lists exactly the cases the figure counted, on random facts of April 2001 in the
 * fictional street 880202001.
 */
@ChengguanJpaTest
@Import({ FactStore.class, Rollups.class, FigureCases.class })
class FigureCasesTests {

	static final Period APRIL = Period.of(Period.Kind.MONTH, LocalDate.of(2001, 4, 1));

	static final Scope STREET = new Scope(Scope.Level.STREET, "880202001");

	@Autowired
	FactStore store;

	@Autowired
	Rollups rollups;

	@Autowired
	FigureCases cases;

	@BeforeEach
	void facts() {
		var random = new Random(4);
		var counts = new ArrayList<CaseCount>();
		for (var i = 0; i < 300; i++) {
			counts.add(new CaseCount(9_100_000_000L + i, APRIL.from().plusDays(random.nextInt(30)), "880202",
					"880202001", "880202001001", "880202001001001", 992L, "E06010", Channel.PATROL, random(random)));
		}
		store.store(counts);
		while (!store.roll(31).isEmpty()) {
			// every marked day
		}
	}

	/** A case as it could be: each stage reached only after the one before, flags consistent with the counting. */
	static Tally random(Random r) {
		var registered = r.nextInt(10) < 9;
		var dispatched = registered && r.nextInt(10) < 9;
		var cancelled = registered && r.nextInt(20) == 0;
		var held = dispatched && !cancelled && r.nextInt(20) == 0;
		var disposed = dispatched && !cancelled && !held && r.nextInt(10) < 8;
		var closed = disposed && r.nextInt(10) < 9;
		var checked = disposed && r.nextBoolean();
		var visits = r.nextInt(3) == 0;
		return IndicatorTests.tally(String.join(" ", "cases=1", "reported=1", "acceptedOnTime=" + r.nextInt(2),
				"registered=" + one(registered), "registeredOnTime=" + one(registered && r.nextBoolean()),
				"cancelled=" + one(cancelled), "onHold=" + one(held), "dispatched=" + one(dispatched),
				"dispatchedCancelled=" + one(dispatched && cancelled),
				"dispatchedOnTime=" + one(dispatched && r.nextBoolean()), "misrouted=" + one(dispatched && r.nextInt(9) == 0),
				"disposed=" + one(disposed), "disposedOnTime=" + one(disposed && r.nextBoolean()),
				"closed=" + one(closed), "closedOnTime=" + one(closed && r.nextBoolean()),
				"overdueOpen=" + one(dispatched && !disposed && !cancelled && !held && r.nextBoolean()),
				"reworked=" + one(closed && r.nextInt(8) == 0),
				"extended=" + one(dispatched && !cancelled && !held && r.nextInt(8) == 0),
				"checked=" + one(checked), "checkedOnTime=" + one(checked && r.nextBoolean()),
				"passedFirstCheck=" + one(checked && r.nextBoolean()), "patrolFound=" + one(registered),
				"acceptCount=1", "acceptMinutes=" + r.nextInt(30), "disposeCount=" + one(disposed),
				"disposeMinutes=" + (disposed ? r.nextInt(600) : 0), "orders=" + one(visits), "ordersDue=" + one(visits),
				"ordersSignedOnTime=" + one(visits && r.nextBoolean()), "ordersReplied=" + one(visits),
				"visits=" + one(visits), "resolved=" + one(visits && r.nextBoolean()),
				"satisfied=" + one(visits && r.nextBoolean()), "basicallySatisfied=0"));
	}

	static int one(boolean b) {
		return b ? 1 : 0;
	}

	@ParameterizedTest
	@EnumSource(Indicator.class)
	void theCasesBehindEachPartAreAsManyAsItCounts(Indicator indicator) {
		var settings = Indicator.Settings.DEFAULT;
		var figure = indicator.of(rollups.tally(STREET, APRIL, false), settings);
		assertThat(figure.denominator()).isPositive();
		assertThat(ids(indicator, CaseSet.Part.DENOMINATOR)).isEqualTo(figure.denominator());
		// a mean's numerator is a sum of minutes: its cases are those of its denominator
		if (!figure.mean()) {
			assertThat(ids(indicator, CaseSet.Part.NUMERATOR)).isEqualTo(figure.numerator());
			assertThat(ids(indicator, CaseSet.Part.MISSES)).isEqualTo(figure.denominator() - figure.numerator());
		}
	}

	private long ids(Indicator indicator, CaseSet.Part part) {
		return cases.ids(STREET, APRIL, CaseSet.of(indicator, part, Indicator.Settings.DEFAULT), false, null, 10_000)
			.size();
	}
}
