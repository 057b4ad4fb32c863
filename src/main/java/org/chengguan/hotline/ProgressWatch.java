package org.chengguan.hotline;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.WorkingCalendar;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes, on one instance at a time: each order whose reply falls due within one working day while its
 * case is still open gets its 阶段性答复 (济南12345条例 Art. 24, 潍坊 Art. 20), so the platform hears from us within the
 * 5 working days even when the work takes longer.
 */
@Component
class ProgressWatch {

	/** The progress reply goes out on the last working day before the reply is due. */
	static final Duration LEAD = Duration.ofDays(1);

	/** Looked at in SQL first: the last working day before a due date lies at most this far ahead (Spring Festival). */
	static final Duration HORIZON = Duration.ofDays(15);

	/** The states in which an order owes a reply and no 退单 is pending. */
	static final Set<OrderStatus> OWING = EnumSet.of(OrderStatus.SIGNED, OrderStatus.EXTENSION_REQUESTED,
			OrderStatus.EXTENDED, OrderStatus.REOPENED, OrderStatus.RETURN_REJECTED);

	private final HotlineOrderRepository orders;

	private final HotlineObligations obligations;

	private final WorkingCalendar calendar;

	private final TransactionTemplate transaction;

	ProgressWatch(HotlineOrderRepository orders, HotlineObligations obligations, WorkingCalendar calendar,
			PlatformTransactionManager transactions) {
		this.orders = orders;
		this.obligations = obligations;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelayString = "${chengguan.hotline.progress-interval:PT5M}",
			fixedDelayString = "${chengguan.hotline.progress-interval:PT5M}")
	@SchedulerLock(name = "hotline-progress", lockAtMostFor = "PT30M")
	void run() {
		sweep();
	}

	/** Queues every progress reply now due; how many. */
	int sweep() {
		var now = calendar.now();
		var queued = 0;
		for (var order : orders.findOwingProgress(now.plus(HORIZON), OWING)) {
			var left = calendar.remaining(now, order.getReplyDueAt(), DeadlineUnit.WORKING_DAY);
			if (left.compareTo(LEAD) <= 0 && Boolean.TRUE.equals(transaction.execute(tx -> obligations
				.progress(orders.findById(order.getId()).orElseThrow(), now)))) {
				queued++;
			}
		}
		return queued;
	}
}
