package org.chengguan.disclosure;

/** A disclosure step the rules refuse; the message is a key of {@code messages.properties}. */
public class DisclosureRuleException extends RuntimeException {

	public DisclosureRuleException(String messageKey) {
		super(messageKey);
	}
}
