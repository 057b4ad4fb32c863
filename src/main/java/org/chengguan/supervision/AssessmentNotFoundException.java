package org.chengguan.supervision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class AssessmentNotFoundException extends RuntimeException {

	AssessmentNotFoundException(long id) {
		super("Assessment " + id);
	}
}
