package org.chengguan.hotline;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A work order that does not exist (or lies outside the person's 辖区). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OrderNotFoundException extends RuntimeException {

	OrderNotFoundException(long orderId) {
		super("No work order " + orderId);
	}
}
