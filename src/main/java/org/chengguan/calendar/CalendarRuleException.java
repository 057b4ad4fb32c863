package org.chengguan.calendar;

/** A calendar change that breaks a rule; the message is a messages.properties key. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
class CalendarRuleException extends IllegalStateException {

	CalendarRuleException(String messageKey) {
		super(messageKey);
	}
}
