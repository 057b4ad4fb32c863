package org.chengguan.intake;

import org.springframework.http.HttpStatus;

/** A platform API request refused as a whole (404 unknown order, 409 wrong state); the message is a message key. */
public class ApiProblemException extends RuntimeException {

	private final HttpStatus status;

	public ApiProblemException(HttpStatus status, String messageKey) {
		super(messageKey);
		this.status = status;
	}

	HttpStatus status() {
		return status;
	}
}
