package org.chengguan.credit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CreditOutboxRepository extends Repository<CreditOutboxMessage, Long> {

	CreditOutboxMessage save(CreditOutboxMessage message);

	List<CreditOutboxMessage> findByRecordIdOrderByIdAsc(long recordId);

	/** Messages due now, oldest first (a withdrawal only once its push went), locked for this sender, skipped by others. */
	@Query(nativeQuery = true, value = """
			select * from credit_outbox m where m.sent_at is null and m.next_attempt_at <= :now
			  and not exists (select 1 from credit_outbox p where p.record_id = m.record_id and p.id < m.id
			                  and p.sent_at is null)
			order by m.id limit :limit for update skip locked""")
	List<CreditOutboxMessage> lockDue(Instant now, int limit);
}
