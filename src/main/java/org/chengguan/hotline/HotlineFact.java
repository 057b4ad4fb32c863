package org.chengguan.hotline;

/**
 * The work orders of one case as the statistics count them (domain.md §9.1 响应率, 解决率, 满意率, 办结率).
 *
 * @param due orders owed a reply (应办结): all but those the platform took back (退单获批准)
 * @param signedOnTime orders signed for by their 签收 deadline
 * @param replied orders whose 办结回复 went out (a 不满意 回访 reopens an order until it is replied again)
 * @param visits 回访 of its orders, each counted (an order visited again after a 不满意 counts twice)
 * @param resolved 回访 that found the problem solved
 */
public record HotlineFact(long caseId, int orders, int due, int signedOnTime, int replied, int visits, int resolved,
		int satisfied, int basicallySatisfied) {

	public static HotlineFact none(long caseId) {
		return new HotlineFact(caseId, 0, 0, 0, 0, 0, 0, 0, 0);
	}
}
