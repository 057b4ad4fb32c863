package org.chengguan.payment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A collecting bank on a local port: it takes payment notices (recording each with its Idempotency-Key, answering
 * with a receipt) or, when down, answers 503.
 */
final class FakeBank implements AutoCloseable {

	record Received(String idempotencyKey, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	FakeBank() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/notices", exchange -> {
			var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (down) {
				exchange.sendResponseHeaders(503, -1);
			}
			else {
				received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
				var receipt = "{\"accepted\":true,\"receiptNo\":\"BK" + received.size() + "\"}";
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				var bytes = receipt.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, bytes.length);
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		server.start();
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/notices");
	}

	void down(boolean down) {
		this.down = down;
	}

	List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
