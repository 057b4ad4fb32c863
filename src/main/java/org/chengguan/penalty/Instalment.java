package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** One date of an approved 暂缓 or 分期 plan and the sum due by its end (《行政处罚法》第六十六条第二款). */
@Embeddable
public class Instalment {

	private int seq;

	private LocalDate dueOn;

	private BigDecimal amount;

	protected Instalment() {
		this.dueOn = LocalDate.EPOCH;
		this.amount = BigDecimal.ZERO;
	}

	Instalment(int seq, LocalDate dueOn, BigDecimal amount) {
		this.seq = seq;
		this.dueOn = dueOn;
		this.amount = amount;
	}

	public int getSeq() {
		return seq;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public BigDecimal getAmount() {
		return amount;
	}
}
