package org.chengguan.grid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or outside the caller's data scope: both 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class GridNotFoundException extends RuntimeException {

	GridNotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
