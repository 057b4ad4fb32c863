package org.chengguan.appraisal;

/** An appraisal step or record that cannot be taken; the message is a key of messages.properties. */
public class AppraisalRuleException extends RuntimeException {

	public AppraisalRuleException(String key) {
		super(key);
	}
}
