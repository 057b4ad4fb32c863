package org.chengguan.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

/**
 * Starts one embedded PostgreSQL per JVM when no datasource URL is configured, so that {@code ./mvnw spring-boot:run}
 * and {@code ./mvnw verify} need nothing but a JDK. Production always sets the URL and runs {@code prod}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.datasource.url:}' == ''")
@EnableConfigurationProperties(LocalDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static EmbeddedPostgres server;

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(LocalDatabaseProperties properties) {
		var postgres = server(properties);
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(properties.poolSize());
		dataSource.setPoolName("embedded-postgres");
		// A local server answers at once; a short wait also keeps shutdown quick once the server has stopped.
		dataSource.setConnectionTimeout(10_000);
		return dataSource;
	}

	private static synchronized EmbeddedPostgres server(LocalDatabaseProperties properties) {
		if (server == null) {
			server = start(properties);
		}
		return server;
	}

	private static EmbeddedPostgres start(LocalDatabaseProperties properties) {
		try {
			var persistent = StringUtils.hasText(properties.dataDir());
			var dir = persistent ? Path.of(properties.dataDir()).toAbsolutePath()
					: Files.createTempDirectory("chengguan-pg-");
			Files.createDirectories(dir);
			// The library turns these off for speed; a database that keeps real work needs them on.
			var durability = properties.durable() ? "on" : "off";
			var builder = EmbeddedPostgres.builder();
			if (properties.statementStatistics()) {
				builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
				builder.setServerConfig("pg_stat_statements.track_planning", "on");
			}
			var postgres = builder
				.setDataDirectory(dir)
				.setCleanDataDirectory(!persistent)
				.setServerConfig("fsync", durability)
				.setServerConfig("synchronous_commit", durability)
				.setServerConfig("full_page_writes", durability)
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			log.info("Embedded PostgreSQL on port {} with data in {} (durable: {})", postgres.getPort(), dir,
					properties.durable());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

}
