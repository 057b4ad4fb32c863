package org.chengguan.supervision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class HotspotNotFoundException extends RuntimeException {

	HotspotNotFoundException(long id) {
		super("Hotspot " + id);
	}
}
