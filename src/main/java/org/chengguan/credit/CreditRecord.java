package org.chengguan.credit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.chengguan.penalty.CreditFacts;
import org.jspecify.annotations.Nullable;

/**
 * A served decision as it stands with the credit platform: its class and why, the push due within 7 working days and
 * its receipt, the day 信用修复 becomes possible, and a withdrawal due within 3 working days of any change with its
 * receipt.
 */
@Entity
@Table(name = "credit_record")
public class CreditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long proceedingId;

	private String proceedingNumber;

	private @Nullable String decisionNumber;

	private String partyShown;

	@Enumerated(EnumType.STRING)
	private CreditClass classification;

	private @Nullable Long ruleId;

	@Enumerated(EnumType.STRING)
	private CreditClassifier.Reason reason;

	private Instant classifiedAt;

	private @Nullable LocalDate pushDue;

	private @Nullable Instant pushedAt;

	private @Nullable String pushReceipt;

	private @Nullable LocalDate repairableFrom;

	private @Nullable LocalDate withdrawDue;

	private @Nullable String withdrawReason;

	private @Nullable Instant withdrawnAt;

	private @Nullable String withdrawReceipt;

	protected CreditRecord() {
		this.proceedingNumber = "";
		this.partyShown = "";
		this.classification = CreditClass.GENERAL;
		this.reason = CreditClassifier.Reason.DEFAULT;
		this.classifiedAt = Instant.EPOCH;
	}

	CreditRecord(CreditFacts facts, CreditClassifier.Classification classification, @Nullable LocalDate pushDue,
			Instant at) {
		this.proceedingId = facts.proceedingId();
		this.proceedingNumber = facts.number();
		this.decisionNumber = facts.decisionNumber();
		this.partyShown = facts.partyShown();
		this.classification = classification.classification();
		this.ruleId = classification.rule() == null ? null : classification.rule().getId();
		this.reason = classification.reason();
		this.classifiedAt = at;
		this.pushDue = pushDue;
		var least = classification.classification().leastPublished();
		// 《信用修复管理办法》：最短公示期届满，且已履行行政处罚决定的，可以申请信用修复
		this.repairableFrom = least == null ? null : facts.decidedOn().plus(least);
	}

	boolean pushed() {
		return pushDue != null;
	}

	void sent(String kind, @Nullable String receipt, Instant at) {
		if ("WITHDRAW".equals(kind)) {
			this.withdrawnAt = at;
			this.withdrawReceipt = receipt;
		}
		else {
			this.pushedAt = at;
			this.pushReceipt = receipt;
		}
	}

	void withdrawBy(LocalDate due, String reason) {
		this.withdrawDue = due;
		this.withdrawReason = reason;
	}

	/** Whether something owed to the platform is late on this day. */
	public boolean lateOn(LocalDate today) {
		return pushDue != null && pushedAt == null && today.isAfter(pushDue)
				|| withdrawDue != null && withdrawnAt == null && today.isAfter(withdrawDue);
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

	public @Nullable String getDecisionNumber() {
		return decisionNumber;
	}

	public String getPartyShown() {
		return partyShown;
	}

	public CreditClass getClassification() {
		return classification;
	}

	public @Nullable Long getRuleId() {
		return ruleId;
	}

	public CreditClassifier.Reason getReason() {
		return reason;
	}

	public Instant getClassifiedAt() {
		return classifiedAt;
	}

	public @Nullable LocalDate getPushDue() {
		return pushDue;
	}

	public @Nullable Instant getPushedAt() {
		return pushedAt;
	}

	public @Nullable String getPushReceipt() {
		return pushReceipt;
	}

	public @Nullable LocalDate getRepairableFrom() {
		return repairableFrom;
	}

	public @Nullable LocalDate getWithdrawDue() {
		return withdrawDue;
	}

	public @Nullable String getWithdrawReason() {
		return withdrawReason;
	}

	public @Nullable Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public @Nullable String getWithdrawReceipt() {
		return withdrawReceipt;
	}
}
