package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.chengguan.ChengguanApplication;
import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * With {@code spring.datasource.url} set the application uses that PostgreSQL and starts no embedded one; the
 * {@code prod} profile refuses to start while enabled accounts have demo passwords. The "external" database here is
 * the test JVM's embedded server, reached by its JDBC URL like any other.
 */
@ChengguanIntegrationTest
class ExternalDatabaseTests {

	@Autowired
	HikariDataSource embedded;

	SpringApplicationBuilder app(String... profiles) {
		return new SpringApplicationBuilder(ChengguanApplication.class).profiles(profiles)
			.properties("spring.datasource.url=" + embedded.getJdbcUrl(), "spring.datasource.username=postgres",
					"spring.datasource.password=", "server.port=0", "chengguan.demo.enabled=false",
					"CHENGGUAN_INTAKE_REPORTER_KEY=" + REPORTER_KEY, "CHENGGUAN_PARTY_KEY=" + REPORTER_KEY);
	}

	static final String REPORTER_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
		try (var context = app().run()) {
			assertThat(context.getBeansOfType(EmbeddedDatabaseConfiguration.class)).isEmpty();
			assertThat(((HikariDataSource) context.getBean(javax.sql.DataSource.class)).getJdbcUrl())
				.isEqualTo(embedded.getJdbcUrl());
		}
	}

	@Test
	void prodRefusesToStartWithoutTheKeysOfPersonalData() {
		for (var key : java.util.List.of("CHENGGUAN_INTAKE_REPORTER_KEY", "CHENGGUAN_PARTY_KEY")) {
			var other = key.equals("CHENGGUAN_PARTY_KEY") ? "CHENGGUAN_INTAKE_REPORTER_KEY" : "CHENGGUAN_PARTY_KEY";
			var app = new SpringApplicationBuilder(ChengguanApplication.class).profiles("prod")
				.properties("spring.datasource.url=" + embedded.getJdbcUrl(), "spring.datasource.username=postgres",
						"spring.datasource.password=", "server.port=0", other + "=" + REPORTER_KEY);
			assertThatThrownBy(app::run).hasStackTraceContaining(key);
		}
	}

	@Test
	void prodRefusesToStartWithDemoPasswords() {
		assertThatThrownBy(() -> app("prod").run()).hasStackTraceContaining("demo passwords");
	}
}
