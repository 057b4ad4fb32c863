package org.chengguan.payment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One payment as the bank confirmed it, kept once by the bank's reference: the fine and the 加处罚款 it paid. */
@Entity
@Table(name = "payment_confirmation")
public class PaymentConfirmation {

	/** How the bank told us. */
	public enum Source {
		/** 银行回调 (signed). */
		CALLBACK,
		/** 对账文件. */
		FILE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long noticeId;

	private String bankRef;

	private BigDecimal amount;

	private BigDecimal finePart;

	private BigDecimal surchargePart;

	private Instant paidAt;

	@Enumerated(EnumType.STRING)
	private Source source;

	private Instant receivedAt;

	protected PaymentConfirmation() {
		this.bankRef = "";
		this.amount = BigDecimal.ZERO;
		this.finePart = BigDecimal.ZERO;
		this.surchargePart = BigDecimal.ZERO;
		this.paidAt = Instant.EPOCH;
		this.source = Source.CALLBACK;
		this.receivedAt = Instant.EPOCH;
	}

	PaymentConfirmation(PaymentNotice notice, BankConfirmation confirmation, Source source, Instant receivedAt) {
		this.noticeId = notice.getId();
		this.bankRef = confirmation.bankRef();
		this.amount = confirmation.amount();
		this.finePart = notice.finePart(confirmation.amount());
		this.surchargePart = confirmation.amount().subtract(finePart);
		this.paidAt = confirmation.paidAt();
		this.source = source;
		this.receivedAt = receivedAt;
	}

	/** Whether the bank says again what it said before (a replay), not something else under the same reference. */
	boolean repeats(PaymentNotice notice, BankConfirmation confirmation) {
		return noticeId == notice.getId() && amount.compareTo(confirmation.amount()) == 0;
	}

	public long getNoticeId() {
		return noticeId;
	}

	public String getBankRef() {
		return bankRef;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public BigDecimal getFinePart() {
		return finePart;
	}

	public BigDecimal getSurchargePart() {
		return surchargePart;
	}

	public Instant getPaidAt() {
		return paidAt;
	}

	public Source getSource() {
		return source;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}
}
