package org.chengguan.grid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A grid change that breaks a rule; the message is a messages.properties key. */
@ResponseStatus(HttpStatus.CONFLICT)
public class GridRuleException extends IllegalStateException {

	GridRuleException(String messageKey) {
		super(messageKey);
	}
}
