package org.chengguan.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * What follows the service of a decision with a fine (domain.md §8.8, §8.12): the day it must be paid by, the days
 * for 复议 and 诉讼, the window for applying to the court, and the 加处罚款 that accrues while it is unpaid. Every day
 * is a last day: the period ends at its end. A period of calendar days that ends on a holiday ends on the next working
 * day.
 *
 * @param served the day the decision was served
 * @param paymentDue the last day to pay
 * @param reviewDeadline the last day to apply for 复议
 * @param suitDeadline the last day to sue
 * @param lastFilingDay the last day to apply to the court for enforcement
 * @param hardAlertFrom the day the hard alert starts: a month before the window for the court closes as counted,
 *        before a holiday moves its last day
 */
record FineDeadlines(LocalDate served, LocalDate paymentDue, LocalDate reviewDeadline, LocalDate suitDeadline,
		LocalDate lastFilingDay, LocalDate hardAlertFrom) {

	/** 《行政强制法》第四十五条：加处罚款的标准应当告知当事人 — 3 % of the fine a day. */
	static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

	/** A 复议 or 诉讼 pending from one day to another, both included: no surcharge accrues on them. */
	record Pending(LocalDate from, LocalDate to) {
	}

	static FineDeadlines of(LocalDate served, Predicate<LocalDate> working) {
		// 《行政处罚法》第六十七条：当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款
		var paymentDue = LegalPeriods.lastDay(served, 15, false, working);
		// 《行政复议法》第二十条：自知道或者应当知道该行政行为之日起六十日内提出行政复议申请
		var reviewDeadline = LegalPeriods.lastDay(served, 60, false, working);
		// 《行政诉讼法》第四十六条：自知道或者应当知道作出行政行为之日起六个月内提出
		var suitEnds = served.plusMonths(6);
		// 《行政强制法》第五十三条：自期限届满之日起三个月内，依照本章规定申请人民法院强制执行
		return create(served, paymentDue, reviewDeadline, suitEnds, working);
	}

	/** The same deadlines with another last day to sue (after a 复议决定), and the court's window after it. */
	FineDeadlines withSuitDeadline(LocalDate suitEnds, Predicate<LocalDate> working) {
		return create(served, paymentDue, reviewDeadline, suitEnds, working);
	}

	private static FineDeadlines create(LocalDate served, LocalDate paymentDue, LocalDate reviewDeadline,
			LocalDate suitEnds, Predicate<LocalDate> working) {
		return new FineDeadlines(served, paymentDue, reviewDeadline, workingOrNext(suitEnds, working),
				workingOrNext(suitEnds.plusMonths(3), working), suitEnds.plusMonths(2));
	}

	/** A sum due by the end of a day: the whole fine by the payment's last day, or each instalment of a plan. */
	record Due(LocalDate lastDay, BigDecimal amount) {
	}

	/**
	 * 加处罚款 up to and including {@code asOf}: 3 % of the fine for each day from the day after the payment was due,
	 * less the days a 复议 or 诉讼 was pending, never more than the fine.
	 */
	BigDecimal surcharge(BigDecimal fine, LocalDate asOf, Collection<Pending> pending) {
		return surcharge(List.of(new Due(paymentDue, fine)), fine, asOf, pending);
	}

	/**
	 * 加处罚款 on sums due on their own days (an approved 分期 plan): 3 % of each sum for each day after its day, less
	 * the days a 复议 or 诉讼 was pending, never more than the fine in all.
	 */
	// 《行政处罚法》第七十二条第一款第（一）项：每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额
	// 《行政处罚法》第七十三条第三款：当事人申请行政复议或者提起行政诉讼的，加处罚款的数额在行政复议或者行政诉讼期间不予计算
	static BigDecimal surcharge(List<Due> dues, BigDecimal fine, LocalDate asOf, Collection<Pending> pending) {
		var accrued = BigDecimal.ZERO;
		for (var due : dues) {
			var days = 0L;
			for (var day = due.lastDay().plusDays(1); !day.isAfter(asOf); day = day.plusDays(1)) {
				var current = day;
				if (pending.stream().noneMatch(p -> !current.isBefore(p.from()) && !current.isAfter(p.to()))) {
					days++;
				}
			}
			accrued = accrued.add(due.amount().multiply(DAILY_RATE).multiply(BigDecimal.valueOf(days)));
		}
		return accrued.setScale(2, RoundingMode.HALF_UP).min(fine.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * The deadlines under an approved 暂缓 or 分期 plan ending on {@code lastDay}: that is the day to pay by, and the
	 * court's window is counted from it when it ends after the time to sue.
	 */
	// 《行政处罚法》第七十二条第二款：行政机关批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，自暂缓或者分期缴纳罚款期限结束之日起计算
	FineDeadlines withPlan(LocalDate lastDay, Predicate<LocalDate> working) {
		if (!lastDay.isAfter(suitDeadline)) {
			return new FineDeadlines(served, lastDay, reviewDeadline, suitDeadline, lastFilingDay, hardAlertFrom);
		}
		return new FineDeadlines(served, lastDay, reviewDeadline, suitDeadline,
				workingOrNext(lastDay.plusMonths(3), working), lastDay.plusMonths(2));
	}

	/** The first day a 催告书 may be served: by default once the time to sue has run out. */
	LocalDate earliestReminder() {
		return suitDeadline.plusDays(1);
	}

	/**
	 * The first day the court may be asked, after a 催告书 served on {@code reminderServed}: once ten working days
	 * have passed without payment.
	 */
	// 《行政强制法》第五十四条：催告书送达十日后当事人仍未履行义务的，行政机关可以向人民法院申请强制执行
	// 《行政强制法》第六十九条：本法中十日以内期限的规定是指工作日，不含法定节假日
	static LocalDate earliestFiling(LocalDate reminderServed, Predicate<LocalDate> working) {
		return workingOrNext(LegalPeriods.lastDay(reminderServed, 10, true, working).plusDays(1), working);
	}

	private static LocalDate workingOrNext(LocalDate day, Predicate<LocalDate> working) {
		var next = day;
		while (!working.test(next)) {
			next = next.plusDays(1);
		}
		return next;
	}
}
