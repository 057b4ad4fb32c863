package org.chengguan.duty;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such shift or unit, or not one the person may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DutyNotFoundException extends RuntimeException {

	public DutyNotFoundException(String what) {
		super(what + " not found");
	}
}
