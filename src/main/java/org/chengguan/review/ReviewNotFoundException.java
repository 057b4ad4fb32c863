package org.chengguan.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such sample or sampled file. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReviewNotFoundException extends RuntimeException {

	public ReviewNotFoundException(long id) {
		super("Review " + id + " not found");
	}
}
