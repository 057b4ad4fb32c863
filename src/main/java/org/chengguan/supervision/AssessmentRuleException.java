package org.chengguan.supervision;

/** An assessment step the rules refuse; the message is a message key. */
class AssessmentRuleException extends IllegalStateException {

	AssessmentRuleException(String messageKey) {
		super(messageKey);
	}
}
