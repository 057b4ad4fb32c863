package org.chengguan.category;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class CategoryNotFoundException extends RuntimeException {

	CategoryNotFoundException(long id) {
		super("Category item " + id + " not found");
	}
}
