package org.chengguan;

import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for a benchmark with the application's own configuration and the benchmark's settings. The
 * settings go in as arguments, and only {@code application.properties} is read: the tests'
 * {@code config/application.properties} on a benchmark's class path (durability off, the background jobs slowed
 * down) would outrank default properties, and must not apply at all (issue 14: until 2026-12-03 every intake run was
 * not durable because of it).
 */
public final class BenchmarkApplication {

	private BenchmarkApplication() {
	}

	public static ConfigurableApplicationContext start(Map<String, String> settings) {
		return new SpringApplicationBuilder(ChengguanApplication.class)
			.run(Stream.concat(Stream.of("--spring.config.location=classpath:/application.properties"),
					settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()))
				.toArray(String[]::new));
	}
}
