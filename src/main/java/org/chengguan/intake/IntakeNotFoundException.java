package org.chengguan.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class IntakeNotFoundException extends RuntimeException {

	IntakeNotFoundException(String message) {
		super(message);
	}
}
