package org.chengguan;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A platform on a local port — the collecting bank, the credit platform: it takes what is posted (recording each with
 * its Idempotency-Key, answering with a receipt numbered with its prefix) or, when down, answers 503.
 */
public final class FakeEndpoint implements AutoCloseable {

	public record Received(String idempotencyKey, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	public FakeEndpoint(String receiptPrefix) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/notices", exchange -> {
			var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (down) {
				exchange.sendResponseHeaders(503, -1);
			}
			else {
				received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
				var receipt = "{\"accepted\":true,\"receiptNo\":\"" + receiptPrefix + received.size() + "\"}";
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				var bytes = receipt.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, bytes.length);
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		server.start();
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/notices");
	}

	public void down(boolean down) {
		this.down = down;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
