package org.chengguan.supervision;

/** A 监管通知单 step the rules refuse; the message is a message key. */
class NoticeRuleException extends IllegalStateException {

	NoticeRuleException(String messageKey) {
		super(messageKey);
	}
}
