package org.chengguan.payment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chengguan.system.OutboxEntry;

/** A payment notice on its way to the bank: retried with backoff until the bank takes it (its receipt kept). */
@Entity
@Table(name = "payment_outbox")
class PaymentOutboxMessage extends OutboxEntry {

	private long noticeId;

	protected PaymentOutboxMessage() {
	}

	PaymentOutboxMessage(PaymentNotice notice, String payload, Instant at) {
		super("NOTICE_ISSUED", payload, "notice-" + notice.getNoticeNo(), at);
		this.noticeId = notice.getId();
	}

	long getNoticeId() {
		return noticeId;
	}
}
