package org.chengguan.penalty;

/**
 * An action the proceeding's state or the law refuses; the message is a message key whose text names the rule (for
 * a legal guard, the article).
 */
public class PenaltyTransitionException extends IllegalStateException {

	public PenaltyTransitionException(String messageKey) {
		super(messageKey);
	}
}
