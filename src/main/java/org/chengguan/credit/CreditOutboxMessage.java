package org.chengguan.credit;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chengguan.system.OutboxEntry;

/** A push or a withdrawal on its way to the credit platform, of one credit record. */
@Entity
@Table(name = "credit_outbox")
class CreditOutboxMessage extends OutboxEntry {

	private long recordId;

	protected CreditOutboxMessage() {
	}

	CreditOutboxMessage(CreditRecord record, String kind, String payload, Instant at) {
		super(kind, payload, "credit-" + kind.toLowerCase(Locale.ROOT) + "-" + record.getProceedingNumber(), at);
		this.recordId = record.getId();
	}

	long getRecordId() {
		return recordId;
	}
}
