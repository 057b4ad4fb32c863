package org.chengguan;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that posts JSON and reads the status, skipping the body (sized or chunked), on a
 * blocking socket: what the intake benchmark's load generator needs and no more. The JDK's {@code HttpClient} hands
 * every exchange between threads and cost 0.6–1.0 ms of CPU per request in a shorter run; this costs 0.2 ms (issue 14
 * §1). A connection the server closes, or that fails, is opened again for the next call.
 */
final class PlainHttp implements AutoCloseable {

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	PlainHttp(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/** Posts this JSON with these extra headers ({@code name: value} lines); the answer's status. */
	int post(String path, String headers, String json) throws IOException {
		var body = json.getBytes(StandardCharsets.UTF_8);
		var head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n" + headers + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		if (socket == null) {
			open();
		}
		out.write(head);
		out.write(body);
		out.flush();
		var status = line();
		if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
			close();
			throw new IOException("Not an HTTP/1.1 answer: " + status);
		}
		var length = -1L;
		var chunked = false;
		var closing = false;
		for (String header; !(header = line()).isEmpty();) {
			var colon = header.indexOf(':');
			var name = header.substring(0, Math.max(0, colon)).trim().toLowerCase(Locale.ROOT);
			var value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.contains("chunked");
				case "connection" -> closing = value.contains("close");
				default -> {
					// not needed
				}
			}
		}
		if (chunked) {
			for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0;) {
				skip(size);
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length > 0) {
			skip(length);
		}
		if (closing) {
			close();
		}
		return Integer.parseInt(status.substring(9, 12));
	}

	private void open() throws IOException {
		socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.connect(new InetSocketAddress(host, port), 10_000);
		in = new BufferedInputStream(socket.getInputStream(), 8192);
		out = socket.getOutputStream();
	}

	private String line() throws IOException {
		var bytes = new ByteArrayOutputStream(64);
		for (int b; (b = in.read()) != '\n';) {
			if (b < 0) {
				close();
				throw new IOException("Connection closed in the middle of an answer");
			}
			if (b != '\r') {
				bytes.write(b);
			}
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	private void skip(long bytes) throws IOException {
		for (var left = bytes; left > 0;) {
			var skipped = in.skip(left);
			if (skipped <= 0) {
				if (in.read() < 0) {
					close();
					throw new IOException("Connection closed in the middle of a body");
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
			socket = null;
		}
	}
}
