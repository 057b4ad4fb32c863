package org.chengguan.caseflow;

import java.util.Optional;

/**
 * What a module above the loop knows about an action before it is offered or taken: a hotline order that may no longer
 * be returned makes 不予受理 unavailable, so the case page offers only what will work. Implemented by those modules;
 * the loop asks, and never listens to them.
 */
public interface CaseActionGuard {

	/** The message key of why {@code action} may not be taken on the case now; empty when it may. */
	Optional<String> refusal(long caseId, CaseAction action);
}
