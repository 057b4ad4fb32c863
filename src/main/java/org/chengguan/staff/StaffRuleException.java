package org.chengguan.staff;

/** A change that breaks a staff rule; the message is a messages.properties key shown on the form. */
public class StaffRuleException extends IllegalStateException {

	private final String messageKey;

	StaffRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}
}
