package org.chengguan.hotline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HotlineOrderRepository extends JpaRepository<HotlineOrder, Long> {

	Optional<HotlineOrder> findByPlatformIdAndOrderNo(long platformId, String orderNo);

	List<HotlineOrder> findByCaseId(long caseId);

	/** Orders still owed a reply, due before {@code horizon}, that have had no 阶段性答复 in this round. */
	@Query("""
			select o from HotlineOrder o where o.repliedAt is null and o.replyDueAt < :horizon and o.status in :statuses
			and not exists (select 1 from OutboxMessage m where m.orderId = o.id and m.kind = org.chengguan.hotline.MessageKind.PROGRESS
				and m.round = o.replyRound)
			order by o.replyDueAt""")
	List<HotlineOrder> findOwingProgress(Instant horizon, Collection<OrderStatus> statuses);
}
