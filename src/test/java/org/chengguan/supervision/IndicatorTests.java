package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each indicator of domain.md §9.1 against its formula, and Tianmen's published figures. */
class IndicatorTests {

	/** A tally with these counts ("registered=996 closed=911"), every other one 0. */
	static Tally tally(String counts) {
		var given = new HashMap<String, Long>();
		for (var pair : counts.trim().split("\\s+")) {
			var parts = pair.split("=");
			given.put(parts[0], Long.parseLong(parts[1]));
		}
		var components = Tally.class.getRecordComponents();
		var names = Arrays.stream(components).map(c -> c.getName()).collect(Collectors.toSet());
		assertThat(names).containsAll(given.keySet());
		var values = Arrays.stream(components).map(c -> (Object) given.getOrDefault(c.getName(), 0L)).toArray();
		try {
			return (Tally) Tally.class.getDeclaredConstructors()[0].newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String figure(Indicator indicator, Tally tally) {
		var figure = indicator.of(tally, Indicator.Settings.DEFAULT);
		return figure.numerator() + "/" + figure.denominator() + "=" + figure.value().map(BigDecimal::toPlainString)
			.orElse("-");
	}

	@Test
	void tianmenDecember2016() {
		// 天门市数字城管 2016 年 12 月：立案 996，应结案 972，结案 911（93.72 %），按期结案 737（75.82 %）
		var tianmen = tally("registered=996 cancelled=20 onHold=4 closed=911 closedOnTime=737");
		assertThat(tianmen.dueToClose()).isEqualTo(972);
		assertThat(figure(Indicator.CLOSE_RATE, tianmen)).isEqualTo("911/972=93.72");
		assertThat(figure(Indicator.ON_TIME_CLOSE_RATE, tianmen)).isEqualTo("737/972=75.82");
	}

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@CsvSource(delimiter = ';', value = {
			"CLOSE_RATE; registered=100 cancelled=5 onHold=5 closed=81; 81/90=90.00",
			"ON_TIME_CLOSE_RATE; registered=100 cancelled=5 onHold=5 closedOnTime=45; 45/90=50.00",
			"DISPOSE_RATE; dispatched=85 dispatchedCancelled=2 onHold=3 selfDisposed=15 disposed=76; 76/80=95.00",
			"ON_TIME_DISPOSE_RATE; dispatched=80 selfDisposed=20 disposedOnTime=60; 60/80=75.00",
			"REWORK_RATE; registered=200 reworked=3; 3/200=1.50",
			"EXTENSION_RATE; dispatched=50 extended=1; 1/50=2.00",
			"OVERDUE_OPEN_RATE; dispatched=40 onHold=10 overdueOpen=3; 3/30=10.00",
			"REGISTER_RATE; reported=1054 registered=996; 996/1054=94.50",
			"ON_TIME_ACCEPT_RATE; reported=8 acceptedOnTime=7; 7/8=87.50",
			"ON_TIME_REGISTER_RATE; registered=3 registeredOnTime=2; 2/3=66.67",
			"ON_TIME_DISPATCH_RATE; dispatched=6 dispatchedOnTime=5; 5/6=83.33",
			"ON_TIME_CHECK_RATE; checked=9 checkedOnTime=9; 9/9=100.00",
			"ACCURATE_DISPATCH_RATE; dispatched=200 misrouted=4; 196/200=98.00",
			"MEAN_ACCEPT_TIME; acceptMinutes=95 acceptCount=4; 95/4=23.75",
			"MEAN_DISPOSE_TIME; disposeMinutes=1000 disposeCount=3; 1000/3=333.33",
			"RESPONSE_RATE; orders=1000 ordersSignedOnTime=997; 997/1000=99.70",
			"RESOLVED_RATE; visits=1000 resolved=923; 923/1000=92.30",
			"SATISFACTION_RATE; visits=200 satisfied=150 basicallySatisfied=39; 189/200=94.50",
			"REPLY_RATE; ordersDue=40 ordersReplied=39; 39/40=97.50",
			"FIRST_CHECK_PASS_RATE; checked=50 passedFirstCheck=48; 48/50=96.00",
			"DISCOVERY_RATE; registered=996 patrolFound=953; 953/996=95.68" })
	void eachIndicatorIsItsFormula(Indicator indicator, String counts, String expected) {
		assertThat(figure(indicator, tally(counts))).isEqualTo(expected);
	}

	@Test
	void everyIndicatorHasATestRow() throws NoSuchMethodException {
		var rows = IndicatorTests.class.getDeclaredMethod("eachIndicatorIsItsFormula", Indicator.class, String.class,
				String.class).getAnnotation(CsvSource.class).value();
		var tested = Arrays.stream(rows).map(row -> row.substring(0, row.indexOf(';'))).collect(Collectors.toSet());
		assertThat(tested).containsExactlyInAnyOrder(Arrays.stream(Indicator.values()).map(Enum::name)
			.toArray(String[]::new));
	}

	@Test
	void basicallySatisfiedCountsOnlyWhereTheHotlineCountsIt() {
		var visits = tally("visits=200 satisfied=150 basicallySatisfied=39");
		assertThat(Indicator.SATISFACTION_RATE.of(visits, new Indicator.Settings(false)).value())
			.contains(new BigDecimal("75.00"));
	}

	@Test
	void withoutADenominatorThereIsNoFigure() {
		assertThat(Indicator.CLOSE_RATE.of(Tally.EMPTY, Indicator.Settings.DEFAULT).value()).isEmpty();
		assertThat(Indicator.MEAN_DISPOSE_TIME.of(Tally.EMPTY, Indicator.Settings.DEFAULT).value()).isEmpty();
	}

	@Test
	void talliesAddUpSoThatAMonthIsItsDaysAndADistrictItsStreets() {
		var first = tally("registered=500 cancelled=10 closed=470 closedOnTime=380 disposeMinutes=600 disposeCount=2");
		var second = tally("registered=496 cancelled=10 onHold=4 closed=441 closedOnTime=357 disposeMinutes=300 "
				+ "disposeCount=1");
		var month = first.plus(second);
		assertThat(figure(Indicator.CLOSE_RATE, month)).isEqualTo("911/972=93.72");
		assertThat(figure(Indicator.MEAN_DISPOSE_TIME, month)).isEqualTo("900/3=300.00");
		assertThat(month.plus(Tally.EMPTY)).isEqualTo(month);
	}
}
