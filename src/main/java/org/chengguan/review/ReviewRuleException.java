package org.chengguan.review;

/** A review that cannot be made; the message is a key of messages.properties. */
public class ReviewRuleException extends RuntimeException {

	public ReviewRuleException(String key) {
		super(key);
	}
}
