package org.chengguan.footage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such device, footage or flight, or not one the person may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FootageNotFoundException extends RuntimeException {

	public FootageNotFoundException(String what) {
		super(what + " not found");
	}
}
