package org.chengguan.caseflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

	CaseNotFoundException(String what) {
		super("No case " + what);
	}
}
