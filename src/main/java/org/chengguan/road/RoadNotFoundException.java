package org.chengguan.road;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such road segment, or not in the viewer's 辖区. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoadNotFoundException extends RuntimeException {

	public RoadNotFoundException(long id) {
		super("Road segment " + id + " not found");
	}
}
