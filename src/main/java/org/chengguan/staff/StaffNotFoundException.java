package org.chengguan.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or outside the caller's data scope: both answer 404 so that existence is not revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StaffNotFoundException extends RuntimeException {

	StaffNotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
