package org.chengguan.appraisal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such appraisal, or not one the person may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AppraisalNotFoundException extends RuntimeException {

	public AppraisalNotFoundException(String what) {
		super(what + " not found");
	}
}
