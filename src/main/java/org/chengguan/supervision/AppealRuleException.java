package org.chengguan.supervision;

/** A 申诉 step the rules refuse; the message is a message key. */
class AppealRuleException extends IllegalStateException {

	AppealRuleException(String messageKey) {
		super(messageKey);
	}
}
