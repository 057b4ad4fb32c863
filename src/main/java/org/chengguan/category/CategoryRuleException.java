package org.chengguan.category;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A category-book change that breaks a rule; the message is a messages.properties key. */
@ResponseStatus(HttpStatus.CONFLICT)
public class CategoryRuleException extends IllegalStateException {

	CategoryRuleException(String messageKey) {
		super(messageKey);
	}
}
