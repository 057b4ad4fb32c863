package org.chengguan;

import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code -Dbench.sample=true}: what the database's sessions are doing during the measured phase, sampled
 * every 50 ms from pg_stat_activity (state, wait event and statement), most frequent first.
 */
final class ActivitySampler {

	private final Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();

	private final Thread thread;

	private volatile boolean running = true;

	ActivitySampler(JdbcTemplate jdbc) {
		thread = new Thread(() -> {
			while (running) {
				jdbc.query("""
						select state, coalesce(wait_event_type || ':' || wait_event, 'CPU'), left(query, 70)
						from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()
						and state <> 'idle'""", rs -> {
					seen.merge(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3), 1,
							Integer::sum);
				});
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		thread.start();
	}

	void stopAndPrint() throws InterruptedException {
		running = false;
		thread.join();
		seen.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(25)
			.forEach(e -> System.out.printf(Locale.ROOT, "%6d  %s%n", e.getValue(),
					e.getKey().replaceAll("\\s+", " ")));
	}
}
