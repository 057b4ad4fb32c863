package org.chengguan.caseflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action the case's state or rules do not allow; the message is a message key shown to the user. */
@ResponseStatus(HttpStatus.CONFLICT)
public class CaseTransitionException extends IllegalStateException {

	CaseTransitionException(String messageKey) {
		super(messageKey);
	}
}
