package org.chengguan;

import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake benchmark's mix of calls: what it measures depends on where the resends fall. */
class IntakeCallsTests {

	static final List<double[]> POINTS = List.of(new double[] { 121.47, 31.23 }, new double[] { 121.48, 31.24 });

	List<IntakeCalls.Call> calls(int orders, int alarms) {
		var random = new Random(11);
		return IntakeCalls.interleave(IntakeCalls.hotline("T", orders, POINTS, random),
				IntakeCalls.video("T", alarms, random), random);
	}

	@Test
	void sendsAsManyCallsOfEachApiAsAskedWithThirtyPercentResent() {
		var calls = calls(4_000, 2_000);

		assertThat(calls.stream().filter(IntakeCalls.Call::hotline)).hasSize(4_000);
		assertThat(calls.stream().filter(c -> !c.hotline())).hasSize(2_000);
		assertThat(calls.stream().filter(IntakeCalls.Call::resent)).hasSize(1_800);
	}

	@Test
	void everyResendComesAfterItsOriginal() {
		var sent = new HashSet<String>();
		for (var call : calls(4_000, 4_000)) {
			if (call.resent()) {
				assertThat(sent).contains(call.body());
			}
			else {
				assertThat(sent.add(call.body())).as("an original is sent once").isTrue();
			}
		}
	}

	@Test
	void resendsAreSpreadEvenlyOverTheRun() {
		var calls = calls(4_000, 4_000);

		for (var quarter = 0; quarter < 4; quarter++) {
			var slice = calls.subList(quarter * 2_000, (quarter + 1) * 2_000);
			assertThat(slice.stream().filter(IntakeCalls.Call::resent).count()).as("quarter %d", quarter + 1)
				.isBetween(500L, 700L);
		}
	}

	@Test
	void runsOneApiAlone() {
		assertThat(calls(100, 0)).hasSize(100).allMatch(IntakeCalls.Call::hotline);
	}
}
