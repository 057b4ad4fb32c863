package org.chengguan.documents;

/** A document request the rules refuse; the message is a key of {@code messages.properties}. */
public class DocumentRuleException extends RuntimeException {

	public DocumentRuleException(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}
}
