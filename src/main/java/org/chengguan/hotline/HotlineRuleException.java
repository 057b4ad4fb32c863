package org.chengguan.hotline;

/** A 退单 or 延期 request the order does not allow now; the message is a messages.properties key. */
class HotlineRuleException extends RuntimeException {

	HotlineRuleException(String messageKey) {
		super(messageKey);
	}
}
