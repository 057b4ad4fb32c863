package org.chengguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's HTTP/1.1 connection against the JDK's server: sized, chunked and closing answers in a row. */
class PlainHttpTests {

	HttpServer server;

	final List<String> received = new CopyOnWriteArrayList<>();

	final List<Integer> connections = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/sized", exchange -> answer(exchange, 201, "{\"caseNo\":\"AJ1\"}".length()));
		server.createContext("/chunked", exchange -> answer(exchange, 201, 0));
		server.createContext("/refused", exchange -> answer(exchange, 401, -1));
		server.createContext("/closing", exchange -> {
			exchange.getResponseHeaders().add("Connection", "close");
			answer(exchange, 503, "{\"caseNo\":\"AJ1\"}".length());
		});
		server.start();
	}

	void answer(HttpExchange exchange, int status, long length) throws IOException {
		received.add(exchange.getRequestHeaders().getFirst("X-Api-Key") + " "
				+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		connections.add(exchange.getRemoteAddress().getPort());
		exchange.sendResponseHeaders(status, length);
		if (length >= 0) {
			try (var body = exchange.getResponseBody()) {
				body.write("{\"caseNo\":\"AJ1\"}".getBytes(StandardCharsets.UTF_8));
			}
		}
		exchange.close();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void answersOfEveryKindFollowOneAnotherOnOneConnectionUntilTheServerClosesIt() throws IOException {
		try (var http = new PlainHttp("127.0.0.1", server.getAddress().getPort())) {
			assertThat(http.post("/sized", "X-Api-Key: k1\r\n", "{\"content\":\"占道经营\"}")).isEqualTo(201);
			assertThat(http.post("/chunked", "X-Api-Key: k2\r\n", "{}")).isEqualTo(201);
			assertThat(http.post("/refused", "", "{}")).isEqualTo(401);
			assertThat(http.post("/closing", "", "{}")).isEqualTo(503);
			assertThat(http.post("/sized", "", "{}")).isEqualTo(201);
		}
		assertThat(received).containsExactly("k1 {\"content\":\"占道经营\"}", "k2 {}", "null {}", "null {}", "null {}");
		// the first four on one connection, the last on a new one
		assertThat(connections.subList(0, 4)).containsOnly(connections.get(0));
		assertThat(connections.get(4)).isNotEqualTo(connections.get(0));
	}
}
