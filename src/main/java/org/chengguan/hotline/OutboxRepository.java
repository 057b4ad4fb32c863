package org.chengguan.hotline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	boolean existsByOrderIdAndKindAndRound(long orderId, MessageKind kind, int round);

	/**
	 * Messages due now, locked for this sender and skipped by every other (several instances may run): per order in
	 * the order they were written, so a reply never overtakes its 签收.
	 */
	@Query(nativeQuery = true, value = """
			select * from hotline_outbox m where m.sent_at is null and m.next_attempt_at <= :now
			and not exists (select 1 from hotline_outbox e where e.order_id = m.order_id and e.sent_at is null
				and e.id < m.id)
			order by m.next_attempt_at, m.id limit :limit for update skip locked""")
	List<OutboxMessage> lockDue(Instant now, int limit);
}
