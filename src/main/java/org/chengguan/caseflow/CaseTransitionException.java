package org.chengguan.caseflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An action the case's state or rules do not allow; the message is a message key shown to the user. Modules that
 * follow the case (the hotline's 退单 rules) throw it from their listeners to refuse a transition.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class CaseTransitionException extends IllegalStateException {

	public CaseTransitionException(String messageKey) {
		super(messageKey);
	}
}
