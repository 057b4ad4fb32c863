package org.chengguan.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A refused Open311 call: the status and every error as the spec lists them ({@code code}, {@code description}). */
class Open311Exception extends RuntimeException {

	/** One error; the description is a message key with its arguments. */
	record Error(String messageKey, Object... args) {
	}

	private final HttpStatus status;

	private final List<Error> errors;

	Open311Exception(HttpStatus status, List<Error> errors) {
		super(status + " " + errors.stream().map(Error::messageKey).toList());
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	Open311Exception(HttpStatus status, String messageKey, Object... args) {
		this(status, List.of(new Error(messageKey, args)));
	}

	HttpStatus status() {
		return status;
	}

	List<Error> errors() {
		return errors;
	}
}
