package org.chengguan.system;

import java.net.http.HttpClient;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * How an outbox posts a message to another platform: JSON with its {@code Idempotency-Key}, within a timeout; any 2xx
 * delivers it (with the answer's body as its receipt), a 409 means the platform has it already (a resend after a lost
 * answer), anything else is a failure to retry later.
 */
public final class JsonDelivery {

	/** What came of one post. */
	public sealed interface Result {

		/** Taken (2xx, or 409 for a message the platform already has), with what the platform answered. */
		record Delivered(@Nullable String receipt) implements Result {
		}

		/** Not taken: the status and body, or why there was no answer. */
		record Failed(String reason) implements Result {
		}
	}

	private final RestClient http;

	public JsonDelivery(Duration timeout) {
		var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(timeout).build());
		factory.setReadTimeout(timeout);
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	public Result post(String endpoint, String idempotencyKey, String json) {
		try {
			return new Result.Delivered(http.post()
				.uri(endpoint)
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", idempotencyKey)
				.body(json)
				.retrieve()
				.body(String.class));
		}
		catch (HttpStatusCodeException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
				return new Result.Delivered(ex.getResponseBodyAsString());
			}
			return new Result.Failed("HTTP " + ex.getStatusCode().value() + " " + ex.getResponseBodyAsString());
		}
		catch (RestClientException ex) {
			return new Result.Failed(String.valueOf(ex.getMostSpecificCause().getMessage()));
		}
		catch (IllegalArgumentException ex) {
			return new Result.Failed("not a URL: " + endpoint);
		}
	}
}
