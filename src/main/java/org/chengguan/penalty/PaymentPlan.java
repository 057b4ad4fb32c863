package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * 暂缓或者分期缴纳罚款 (《行政处罚法》第六十六条第二款：当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和
 * 行政机关批准，可以暂缓或者分期缴纳): the party's application as the 承办人 recorded it and the 负责人's decision; the
 * dates and sums are the proceeding's instalments (one for a 暂缓).
 */
@Embeddable
public class PaymentPlan {

	/** Where the application stands. */
	public enum State {
		/** 待负责人审批. */
		REQUESTED,
		/** 已批准: the instalments are the dates to pay by. */
		APPROVED,
		/** 不予批准: the original date stands. */
		REFUSED
	}

	@Enumerated(EnumType.STRING)
	private @Nullable State planState;

	private @Nullable Instant planRequestedAt;

	private @Nullable Instant planDecidedAt;

	private @Nullable Long planDecidedById;

	/** The rules of a plan: one date after the due date (暂缓) or several in order (分期), the sums making the fine. */
	static void check(List<Instalment> instalments, BigDecimal fine, LocalDate paymentDue, LocalDate today) {
		if (instalments.isEmpty() || instalments.size() > 12) {
			throw new PenaltyTransitionException("penalty.plan.error.instalments");
		}
		var total = BigDecimal.ZERO;
		LocalDate previous = null;
		for (var instalment : instalments) {
			if (instalment.getAmount().signum() <= 0 || instalment.getDueOn().isBefore(today)
					|| previous != null && !instalment.getDueOn().isAfter(previous)) {
				throw new PenaltyTransitionException("penalty.plan.error.instalments");
			}
			previous = instalment.getDueOn();
			total = total.add(instalment.getAmount());
		}
		if (total.compareTo(fine) != 0) {
			throw new PenaltyTransitionException("penalty.plan.error.total");
		}
		if (!instalments.get(instalments.size() - 1).getDueOn().isAfter(paymentDue)) {
			throw new PenaltyTransitionException("penalty.plan.error.later");
		}
	}

	void requested(Instant at) {
		this.planState = State.REQUESTED;
		this.planRequestedAt = at;
		this.planDecidedAt = null;
		this.planDecidedById = null;
	}

	void decided(boolean approved, long by, Instant at) {
		this.planState = approved ? State.APPROVED : State.REFUSED;
		this.planDecidedAt = at;
		this.planDecidedById = by;
	}

	public @Nullable State getPlanState() {
		return planState;
	}

	public boolean isApproved() {
		return planState == State.APPROVED;
	}

	public @Nullable Instant getPlanRequestedAt() {
		return planRequestedAt;
	}

	public @Nullable Instant getPlanDecidedAt() {
		return planDecidedAt;
	}

	public @Nullable Long getPlanDecidedById() {
		return planDecidedById;
	}
}
