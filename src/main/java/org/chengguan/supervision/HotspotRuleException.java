package org.chengguan.supervision;

/** A hotspot-ledger step the rules refuse; the message is a message key. */
class HotspotRuleException extends IllegalStateException {

	HotspotRuleException(String messageKey) {
		super(messageKey);
	}
}
