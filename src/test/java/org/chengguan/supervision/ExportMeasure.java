package org.chengguan.supervision;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** Part of {@link SupervisionBenchmark}: the Excel export of a long drill-down list, timed and its heap watched. */
final class ExportMeasure {

	private ExportMeasure() {
	}

	/**
	 * Issue 11 §7: the drill-down list of at least 100,000 cases (the latest days that have as many) exported to
	 * .xlsx over HTTP by a signed-in supervisor, timed; then once more while the heap in use is read after a full
	 * collection every 200 ms, to show what the export keeps in memory. A sentence with the figures.
	 */
	static String export(int port, JdbcTemplate jdbc) throws Exception {
		var days = jdbc.queryForList("""
				select received_day, count(*) from supervision_case_fact group by received_day
				order by received_day desc""");
		var cases = 0L;
		LocalDate from = null;
		var to = ((Date) days.get(0).get("received_day")).toLocalDate();
		for (var day : days) {
			cases += ((Number) day.get("count")).longValue();
			from = ((Date) day.get("received_day")).toLocalDate();
			if (cases >= 100_000) {
				break;
			}
		}
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var base = "http://localhost:" + port;
		var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=supervisor&password="
					+ URLEncoder.encode("Chengguan#2026", StandardCharsets.UTF_8) + "&_csrf="
					+ csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());
		var url = URI.create(base + "/supervision/cases.xlsx?period=RANGE&from=" + from + "&to=" + to
				+ "&level=CITY&count=cases");
		var started = System.nanoTime();
		var bytes = download(http, url);
		var seconds = (System.nanoTime() - started) / 1e9;
		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		var before = memory.getHeapMemoryUsage().getUsed();
		var most = new AtomicLong(before);
		var sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				System.gc();
				most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		});
		sampler.start();
		download(http, url);
		sampler.interrupt();
		sampler.join();
		return String.format(Locale.ROOT, "Export: %,d cases (%s to %s) as .xlsx over HTTP, %,d bytes in %.1f s "
				+ "(%,.0f rows/s); heap in use after a full collection: %.0f MiB before, at most %.0f MiB during "
				+ "(-Xmx %.0f MiB)", Math.min(cases, 200_000), from, to, bytes, seconds, Math.min(cases, 200_000) / seconds,
				before / 1048576.0, most.get() / 1048576.0, memory.getHeapMemoryUsage().getMax() / 1048576.0);
	}

	private static long download(HttpClient http, URI url) throws Exception {
		var response = http.send(HttpRequest.newBuilder(url).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Export answered " + response.statusCode());
		}
		try (var body = response.body()) {
			return body.transferTo(OutputStream.nullOutputStream());
		}
	}
}
