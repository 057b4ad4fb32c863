package org.chengguan.penalty;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such proceeding in the viewer's 辖区 (out of scope is reported as not found). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PenaltyNotFoundException extends RuntimeException {

	public PenaltyNotFoundException(long id) {
		super("Proceeding " + id + " not found");
	}
}
