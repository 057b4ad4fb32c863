package org.chengguan.party;

/** A party the rules refuse (a number that fails its check, a type that does not fit); the message is a key. */
public class PartyRuleException extends IllegalArgumentException {

	private final String field;

	PartyRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	/** The form field it is about. */
	public String field() {
		return field;
	}
}
