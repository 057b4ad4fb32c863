package org.chengguan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the intake benchmark sends: hotline work orders at the large city's unit grids and alarms of its cameras, each
 * API's calls {@link #RESENT} resends of its own, both in one random order ({@link IntakeBenchmark}).
 */
final class IntakeCalls {

	static final double RESENT = 0.30;

	static final int CAMERAS = 5_000;

	static final String[] CATEGORIES = { "06010", "06012", "06036", "09005", "09006", "09001", "09009" };

	static final String[] ALARM_CODES = { "882", "883", "887", "890", "891", "892", "893", "894", "895" };

	private IntakeCalls() {
	}

	/** One request to send: which API, its body, and whether it repeats an earlier one. */
	record Call(boolean hotline, String body, boolean resent) {
	}

	/** The distinct work orders of {@code total} calls, the other {@link #RESENT} of them being resends. */
	static Sent hotline(String prefix, int total, List<double[]> points, Random random) {
		var unique = unique(total);
		var calls = new ArrayList<Call>();
		for (var i = 0; i < unique; i++) {
			var p = points.get(random.nextInt(points.size()));
			calls.add(new Call(true, """
					{"platform": "12345", "orderNo": "%s%07d", "receivedAt": "2026-11-23T09:30:00+08:00",
					 "urgency": "%s", "categoryCode": "%s", "address": "压测地址 %d 号", "lon": %.6f, "lat": %.6f,
					 "content": "压测工单：门前暴露垃圾，已持续三天无人清理，请尽快处理。",
					 "caller": {"name": "压测", "phone": "139%08d"}}""".formatted(prefix, i, i % 20 == 0 ? "URGENT" : "NORMAL",
					CATEGORIES[random.nextInt(CATEGORIES.length)], i, p[0] + (random.nextDouble() - 0.5) * 0.0005,
					p[1] + (random.nextDouble() - 0.5) * 0.0005, i), false));
		}
		return new Sent(calls, total - unique);
	}

	/** The distinct alarms of {@code total} calls, the other {@link #RESENT} of them being resends. */
	static Sent video(String prefix, int total, Random random) {
		var unique = unique(total);
		var calls = new ArrayList<Call>();
		var start = OffsetDateTime.of(2026, 11, 23, 8, 0, 0, 0, ZoneOffset.ofHours(8));
		for (var i = 0; i < unique; i++) {
			// Spread over a day: alarms of one camera and type within 30 minutes merge into one lead.
			var at = start.plusSeconds(random.nextInt(86_400));
			calls.add(new Call(false, """
					{"platform": "VIDEO-DAHUA", "alarmId": "%s-AL-%07d", "cameraId": "BENCH-CAM-%d",
					 "alarmCode": "%s", "occurredAt": "%s", "confidence": 0.%02d,
					 "snapshotUrl": "https://video.example/snap/%d.jpg"}""".formatted(prefix, i, random.nextInt(CAMERAS),
					ALARM_CODES[random.nextInt(ALARM_CODES.length)], at, 60 + random.nextInt(40), i), false));
		}
		return new Sent(calls, total - unique);
	}

	static int unique(int total) {
		return total == 0 ? 0 : Math.max(1, (int) Math.round(total * (1 - RESENT)));
	}

	/** Calls of one API: the distinct ones, and how many resends of them to add. */
	record Sent(List<Call> distinct, int resends) {
	}

	/**
	 * Both APIs' calls in one random order, each resend coming after its original and the resends spread evenly over
	 * the run: a platform re-sends what it has sent before. (Appending the resends and shuffling everything made the
	 * first sending of a pair the original wherever it fell, so that answering a resend from the idempotency check — far
	 * cheaper than opening a case — grew from none of the calls at the start to 60 % at the end, and the run seemed to
	 * speed up twofold.)
	 */
	static List<Call> interleave(Sent hotline, Sent video, Random random) {
		var originals = new ArrayList<Call>(hotline.distinct());
		originals.addAll(video.distinct());
		Collections.shuffle(originals, random);
		var resends = new ArrayList<Boolean>();
		resends.addAll(Collections.nCopies(hotline.resends(), true));
		resends.addAll(Collections.nCopies(video.resends(), false));
		Collections.shuffle(resends, random);
		var total = originals.size() + resends.size();
		var calls = new ArrayList<Call>(total);
		var sent = Map.of(true, new ArrayList<Call>(), false, new ArrayList<Call>());
		var nextOriginal = 0;
		var nextResend = 0;
		while (calls.size() < total) {
			var resendsLeft = resends.size() - nextResend;
			var resend = resendsLeft > 0 && random.nextInt(total - calls.size()) < resendsLeft
					&& !sent.get(resends.get(nextResend)).isEmpty();
			if (resend || nextOriginal == originals.size()) {
				var earlier = sent.get(resends.get(nextResend++));
				calls.add(new Call(earlier.get(0).hotline(), earlier.get(random.nextInt(earlier.size())).body(), true));
			}
			else {
				var original = originals.get(nextOriginal++);
				sent.get(original.hotline()).add(original);
				calls.add(original);
			}
		}
		return calls;
	}

	/**
	 * Both kinds of request, as many of each as {@code -Dbench.warm-up} (3,000), with their own order and alarm
	 * numbers: the measured phase starts with both paths compiled.
	 */
	static List<Call> warmUp(List<double[]> points, Random random) {
		var each = Integer.getInteger("bench.warm-up", 3_000);
		return interleave(hotline("WARM", each, points, random), video("WARM", each, random), random);
	}
}
