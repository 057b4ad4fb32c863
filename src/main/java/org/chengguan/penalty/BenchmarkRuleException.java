package org.chengguan.penalty;

/** A benchmark the rules refuse; the message is a message key. */
public class BenchmarkRuleException extends IllegalArgumentException {

	BenchmarkRuleException(String messageKey) {
		super(messageKey);
	}
}
