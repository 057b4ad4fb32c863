package org.chengguan.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PaymentOutboxRepository extends Repository<PaymentOutboxMessage, Long> {

	PaymentOutboxMessage save(PaymentOutboxMessage message);

	Optional<PaymentOutboxMessage> findByNoticeId(long noticeId);

	/** Messages due now, locked for this sender and skipped by any other instance. */
	@Query(nativeQuery = true, value = """
			select * from payment_outbox m where m.sent_at is null and m.next_attempt_at <= :now
			order by m.next_attempt_at, m.id limit :limit for update skip locked""")
	List<PaymentOutboxMessage> lockDue(Instant now, int limit);
}
