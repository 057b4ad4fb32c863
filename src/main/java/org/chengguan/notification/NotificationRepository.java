package org.chengguan.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** Adds a notification unless this person already has this one (the level is announced once). */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into notification (recipient_id, kind, case_id, case_no, ref, created_at)
			values (:recipientId, :kind, :caseId, :caseNo, :ref, :at) on conflict do nothing""")
	int addOnce(long recipientId, String kind, long caseId, String caseNo, String ref, Instant at);

	long countByRecipientIdAndReadAtIsNull(long recipientId);

	List<Notification> findByRecipientIdOrderByIdDesc(long recipientId, Limit limit);

	@Modifying
	@Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
	int readAll(long recipientId, Instant at);
}
