package org.chengguan.intake;

/** A missing or unknown API key (401), or a key of a platform not allowed here (403). */
public class ApiKeyException extends RuntimeException {

	private final boolean forbidden;

	private ApiKeyException(String messageKey, boolean forbidden) {
		super(messageKey);
		this.forbidden = forbidden;
	}

	public static ApiKeyException unknown() {
		return new ApiKeyException("intake.error.apiKey", false);
	}

	public static ApiKeyException wrongChannel() {
		return new ApiKeyException("intake.error.apiKeyChannel", true);
	}

	boolean forbidden() {
		return forbidden;
	}
}
