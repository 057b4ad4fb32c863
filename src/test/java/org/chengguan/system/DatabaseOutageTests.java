package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 3 §6: while the database refuses connections the platform APIs answer 503 with Retry-After (problem+json),
 * and once it is back they work again without a restart. The outage is real: the database stops accepting
 * connections and every open one is terminated.
 */
@ChengguanIntegrationTest
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	HikariDataSource dataSource;

	/** Runs a statement from outside the application's pool (connected to another database of the server). */
	void admin(String sql) throws Exception {
		var url = dataSource.getJdbcUrl().replaceFirst("/postgres\\b", "/template1");
		try (var connection = DriverManager.getConnection(url, "postgres", null);
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	MockHttpServletResponse pushOrder() throws Exception {
		return mvc
			.perform(post("/api/hotline/work-orders").header("X-Api-Key", "demo-12345-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00",
						 "urgency": "NORMAL", "address": "和平路 18 号", "content": "数据库中断期间的工单"}"""
					.formatted("OUT" + UUID.randomUUID().toString().substring(0, 8))))
			.andReturn()
			.getResponse();
	}

	@Test
	void theApisAnswer503WhileTheDatabaseIsDownAndRecoverWhenItReturns() throws Exception {
		try {
			admin("ALTER DATABASE postgres ALLOW_CONNECTIONS false");
			admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'postgres'");
			// The first request may get a pooled connection that died; later ones find no connection at all.
			for (int i = 0; i < 2; i++) {
				var down = pushOrder();
				assertThat(down.getStatus()).isEqualTo(503);
				assertThat(down.getHeader("Retry-After")).isEqualTo("30");
				assertThat(down.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(down.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("数据库");
			}
		}
		finally {
			admin("ALTER DATABASE postgres ALLOW_CONNECTIONS true");
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> pushOrder().getStatus() == 201);
	}
}
