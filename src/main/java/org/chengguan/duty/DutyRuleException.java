package org.chengguan.duty;

/** A roster or a duty report that cannot be recorded; the message is a key of messages.properties. */
public class DutyRuleException extends RuntimeException {

	public DutyRuleException(String key) {
		super(key);
	}
}
