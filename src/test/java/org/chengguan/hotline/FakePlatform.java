package org.chengguan.hotline;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A hotline platform on a local port that records every message it receives; it can answer 503 as if it were down.
 */
public final class FakePlatform implements AutoCloseable {

	/** One message as received: its Idempotency-Key and JSON body. */
	public record Received(String idempotencyKey, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	public FakePlatform() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/messages", exchange -> {
			var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (down) {
				exchange.sendResponseHeaders(503, -1);
			}
			else {
				received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
				exchange.sendResponseHeaders(204, -1);
			}
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
	}

	public void down(boolean down) {
		this.down = down;
	}

	/** The messages about one order, in the order they arrived. */
	public List<Received> about(String orderNo) {
		return received.stream().filter(r -> r.body().contains("\"orderNo\":\"" + orderNo + "\"")).toList();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
