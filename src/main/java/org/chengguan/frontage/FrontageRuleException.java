package org.chengguan.frontage;

/** A frontage unit or report that cannot be recorded; the message is a key of messages.properties. */
public class FrontageRuleException extends RuntimeException {

	public FrontageRuleException(String key) {
		super(key);
	}
}
