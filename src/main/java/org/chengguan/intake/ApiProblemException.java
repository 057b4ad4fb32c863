package org.chengguan.intake;

import org.springframework.http.HttpStatus;

/**
 * A platform API request refused as a whole (404 unknown order, 409 wrong state): its problem type (the last segment
 * of {@code https://chengguan.org/problems/…}, as the API document lists them) and a message key.
 */
public class ApiProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	public ApiProblemException(HttpStatus status, String type, String messageKey) {
		super(messageKey);
		this.status = status;
		this.type = type;
	}

	HttpStatus status() {
		return status;
	}

	String type() {
		return type;
	}
}
