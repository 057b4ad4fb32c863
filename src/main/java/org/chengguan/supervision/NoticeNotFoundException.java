package org.chengguan.supervision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class NoticeNotFoundException extends RuntimeException {

	NoticeNotFoundException(long id) {
		super("Notice " + id);
	}
}
