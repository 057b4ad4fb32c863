package org.chengguan.frontage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such frontage unit, or not in the viewer's 辖区; a 共治码 that names none. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FrontageNotFoundException extends RuntimeException {

	public FrontageNotFoundException(String what) {
		super("Frontage unit " + what + " not found");
	}
}
