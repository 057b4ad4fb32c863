package org.chengguan.supervision;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The additive counts of one period and one group (a region, a unit, a category or a source) from which every
 * indicator is computed at query time (domain.md §9.1). Tallies add up: a month is the sum of its days, a district the
 * sum of its streets. Durations are kept as sums with their counts, so that means stay exact when summed.
 *
 * @param cases every case received, whatever became of it
 * @param reported 有效上报数 (受理数): accepted or self-disposed, merged duplicates not counted
 * @param acceptedOnTime accepted within the 受理 limit
 * @param registered 立案数
 * @param registeredOnTime registered within the 立案 limit
 * @param cancelled 作废 among the registered
 * @param dispatchedCancelled 作废 among the dispatched
 * @param onHold currently 挂账 among the registered
 * @param closed 结案数
 * @param closedOnTime closed by the due time after approved 延期, hold time excluded
 * @param dispatched 派遣数
 * @param dispatchedOnTime dispatched within the 派遣 limit
 * @param misrouted dispatches returned for wrong routing (回退 as not theirs)
 * @param selfDisposed 自行处置: fixed on the spot by whoever found it, never dispatched
 * @param disposed 处置数
 * @param disposedOnTime disposed by the due time after approved 延期, hold time excluded
 * @param overdueOpen open past the disposal due time (超期待处置)
 * @param reworked 返工数
 * @param extended 延期数 (approved)
 * @param checked cases checked (核查数)
 * @param checkedOnTime checked within the 核查 limit
 * @param passedFirstCheck passed at their first 核查
 * @param patrolFound registered cases found by the bureau's own patrol (监督员, 网格员, 执法队员)
 * @param acceptMinutes sum of the 受理 durations (minutes of the stage's unit), with {@code acceptCount}
 * @param disposeMinutes sum of the 处置 durations, hold time excluded, with {@code disposeCount}
 * @param orders hotline work orders dispatched to the bureau
 * @param ordersSignedOnTime of them signed for within the platform's limit (响应)
 * @param ordersDue orders owed a reply (应办结): all but those the platform took back (退单)
 * @param ordersReplied of them replied (办结)
 * @param visits 回访 results received
 * @param resolved 回访「已解决」
 * @param satisfied 回访 满意
 * @param basicallySatisfied 回访 基本满意
 */
public record Tally(long cases, long reported, long acceptedOnTime, long registered, long registeredOnTime,
		long cancelled, long onHold, long closed, long closedOnTime, long dispatched, long dispatchedOnTime,
		long dispatchedCancelled, long misrouted, long selfDisposed, long disposed, long disposedOnTime,
		long overdueOpen, long reworked, long extended, long checked, long checkedOnTime, long passedFirstCheck,
		long patrolFound, long acceptMinutes, long acceptCount, long disposeMinutes, long disposeCount, long orders,
		long ordersSignedOnTime, long ordersDue, long ordersReplied, long visits, long resolved, long satisfied,
		long basicallySatisfied) {

	private static final RecordComponent[] COMPONENTS = Tally.class.getRecordComponents();

	public static final Tally EMPTY = of(new long[COMPONENTS.length]);

	/** The names of the counts, in order (the read model's columns, in snake case). */
	static List<String> names() {
		return Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
	}

	/** A tally of these counts, in the order of {@link #names()}. */
	static Tally of(long[] counts) {
		try {
			return (Tally) Tally.class.getDeclaredConstructors()[0]
				.newInstance(Arrays.stream(counts).boxed().toArray());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The counts in the order of {@link #names()}. */
	long[] counts() {
		var counts = new long[COMPONENTS.length];
		for (var i = 0; i < counts.length; i++) {
			try {
				counts[i] = (long) COMPONENTS[i].getAccessor().invoke(this);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return counts;
	}

	/** 应结案数 = registered − 作废 − currently 挂账 (domain.md §9.1; Tianmen: 972 against 996 立案). */
	public long dueToClose() {
		return registered - cancelled - onHold;
	}

	/**
	 * 应处置数 = dispatched − 作废 − currently 挂账 − 自行处置 (domain.md §9.1). Here a self-disposed case is never
	 * dispatched, and only what was dispatched and then cancelled leaves the dispatched count.
	 */
	public long dueToDispose() {
		return dispatched - dispatchedCancelled - onHold;
	}

	/** The two tallies together (another day, another street). */
	public Tally plus(Tally o) {
		var sum = counts();
		var other = o.counts();
		for (var i = 0; i < sum.length; i++) {
			sum[i] += other[i];
		}
		return of(sum);
	}
}
