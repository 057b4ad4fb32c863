package org.chengguan.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.penalty.Payable;
import org.jspecify.annotations.Nullable;

/**
 * 缴款通知: what the bank collects for one decision — its 缴款书号 and 缴款码, the fine and the day it is due — and what
 * the bank has confirmed so far. The payer's name goes to the bank in the notice's message only (parties' data is kept
 * encrypted by the party module).
 */
@Entity
@Table(name = "payment_notice")
public class PaymentNotice {

	public enum Status {
		/** 待缴款. */
		ISSUED,
		/** 已缴清 (with any 加处罚款 due on the day paid). */
		PAID
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long proceedingId;

	private String proceedingNumber;

	private String noticeNo;

	private String paymentCode;

	private BigDecimal fine;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private BigDecimal paidTotal;

	private Instant issuedAt;

	private @Nullable Instant paidAt;

	@Version
	private long version;

	protected PaymentNotice() {
		this.proceedingNumber = "";
		this.noticeNo = "";
		this.paymentCode = "";
		this.fine = BigDecimal.ZERO;
		this.dueOn = LocalDate.EPOCH;
		this.status = Status.ISSUED;
		this.paidTotal = BigDecimal.ZERO;
		this.issuedAt = Instant.EPOCH;
	}

	PaymentNotice(Payable payable, String noticeNo, String paymentCode, Instant issuedAt) {
		this.proceedingId = payable.proceedingId();
		this.proceedingNumber = payable.proceedingNumber();
		this.noticeNo = noticeNo;
		this.paymentCode = paymentCode;
		this.fine = payable.fine();
		this.dueOn = payable.dueOn();
		this.status = Status.ISSUED;
		this.paidTotal = BigDecimal.ZERO;
		this.issuedAt = issuedAt;
	}

	/** What this payment counts for: first the fine still open, the rest 加处罚款. */
	BigDecimal finePart(BigDecimal amount) {
		return amount.min(fine.subtract(paidTotal).max(BigDecimal.ZERO));
	}

	/** The bank's confirmation added; paid off when the total reaches what is owed on the day paid. */
	void confirmed(BigDecimal amount, BigDecimal owed, Instant paidAt) {
		paidTotal = paidTotal.add(amount);
		if (status == Status.ISSUED && paidTotal.compareTo(owed) >= 0) {
			status = Status.PAID;
			this.paidAt = paidAt;
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public long getProceedingId() {
		return proceedingId;
	}

	public String getProceedingNumber() {
		return proceedingNumber;
	}

	public String getNoticeNo() {
		return noticeNo;
	}

	public String getPaymentCode() {
		return paymentCode;
	}

	public BigDecimal getFine() {
		return fine;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public Status getStatus() {
		return status;
	}

	public BigDecimal getPaidTotal() {
		return paidTotal;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public @Nullable Instant getPaidAt() {
		return paidAt;
	}
}
