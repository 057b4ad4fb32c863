package org.chengguan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The intake benchmark's load generator, in a process of its own so that a profile of the server does not include it
 * (issue 14 §1). Uses nothing but the JDK, one blocking keep-alive connection per client ({@link PlainHttp}): started
 * as {@code java -cp <test classes> org.chengguan.IntakeLoad port clients calls results}, it reads one call a line
 * ({@code H} or {@code V}, a tab, the JSON body on one line), sends them from that many clients as fast as they are
 * answered, and writes a line per call: the status (-1 when it got no answer), the latency and when its answer came
 * (nanoseconds since the start), then a line with the wall time and a last one with the CPU time the load generator
 * used, both in nanoseconds.
 */
public final class IntakeLoad {

	private IntakeLoad() {
	}

	public static void main(String[] args) throws Exception {
		var port = Integer.parseInt(args[0]);
		var clients = Integer.parseInt(args[1]);
		var calls = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
		var latencies = new long[calls.size()];
		var statuses = new int[calls.size()];
		var finished = new long[calls.size()];
		var next = new AtomicInteger();
		var done = new CountDownLatch(clients);
		var begin = System.nanoTime();
		for (var c = 0; c < clients; c++) {
			new Thread(() -> {
				try (var http = new PlainHttp("localhost", port)) {
					for (int i; (i = next.getAndIncrement()) < calls.size();) {
						var line = calls.get(i);
						var isHotline = line.charAt(0) == 'H';
						var path = isHotline ? "/api/hotline/work-orders" : "/api/video/alarms";
						var key = isHotline ? "demo-12345-key" : "demo-video-key";
						var sent = System.nanoTime();
						try {
							statuses[i] = http.post(path, "X-Api-Key: " + key + "\r\n", line.substring(2));
						}
						catch (IOException ex) {
							http.close();
							statuses[i] = -1;
						}
						var now = System.nanoTime();
						latencies[i] = now - sent;
						finished[i] = now - begin;
					}
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		done.await();
		var wall = System.nanoTime() - begin;
		var out = new ArrayList<String>(calls.size() + 1);
		for (var i = 0; i < calls.size(); i++) {
			out.add(statuses[i] + " " + latencies[i] + " " + finished[i]);
		}
		out.add(String.valueOf(wall));
		// its own CPU time: the JVM of this class alone (no Spring on its class path)
		out.add(String.valueOf(ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos()));
		Files.write(Path.of(args[3]), out, StandardCharsets.UTF_8);
	}

	/** Runs the calls in a new process and waits for it: each call's status and latency, and the wall time. */
	static Answers send(int port, int clients, List<String> calls) throws Exception {
		var dir = Files.createTempDirectory("intake-load");
		var in = dir.resolve("calls.txt");
		var out = dir.resolve("results.txt");
		Files.write(in, calls, StandardCharsets.UTF_8);
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var classes = Path.of(IntakeLoad.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		var process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", classes, IntakeLoad.class.getName(),
				String.valueOf(port), String.valueOf(clients), in.toString(), out.toString())
			.inheritIO()
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("the load generator failed with " + process.exitValue());
		}
		var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		var statuses = new int[calls.size()];
		var latencies = new long[calls.size()];
		var finished = new long[calls.size()];
		for (var i = 0; i < calls.size(); i++) {
			var parts = lines.get(i).split(" ");
			statuses[i] = Integer.parseInt(parts[0]);
			latencies[i] = Long.parseLong(parts[1]);
			finished[i] = Long.parseLong(parts[2]);
		}
		return new Answers(statuses, latencies, finished, Long.parseLong(lines.get(calls.size())) / 1e9,
				Duration.ofNanos(Long.parseLong(lines.get(calls.size() + 1))));
	}

	/**
	 * What the load generator measured: each call's status, latency and when it was answered (ns since the start),
	 * the wall time (s) and the CPU time it used itself.
	 */
	record Answers(int[] statuses, long[] latencies, long[] finished, double seconds, Duration cpu) {
	}
}
