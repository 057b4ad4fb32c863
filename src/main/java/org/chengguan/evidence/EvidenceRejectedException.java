package org.chengguan.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A file that is not accepted; the message is a messages.properties key ({@code evidence.rejected.*}). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class EvidenceRejectedException extends RuntimeException {

	EvidenceRejectedException(String messageKey) {
		super(messageKey);
	}

	public String getMessageKey() {
		return getMessage();
	}
}
