package org.chengguan.footage;

/** A device or footage step that cannot be taken; the message is a key of messages.properties. */
public class FootageRuleException extends RuntimeException {

	public FootageRuleException(String key) {
		super(key);
	}
}
