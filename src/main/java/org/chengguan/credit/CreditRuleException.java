package org.chengguan.credit;

/** A change to the credit table that cannot be made; the message is a key of messages.properties. */
public class CreditRuleException extends RuntimeException {

	public CreditRuleException(String key) {
		super(key);
	}
}
