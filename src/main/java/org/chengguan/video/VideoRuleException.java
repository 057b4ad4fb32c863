package org.chengguan.video;

/** A camera registration the rules refuse; the message is a message key. */
class VideoRuleException extends RuntimeException {

	VideoRuleException(String messageKey) {
		super(messageKey);
	}
}
