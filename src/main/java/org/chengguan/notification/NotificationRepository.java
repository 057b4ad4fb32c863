package org.chengguan.notification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** Adds a notice about a case unless this person already has this one (a level is announced once). */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into notification (recipient_id, kind, case_id, case_no, ref, detail, created_at)
			values (:recipientId, :kind, :caseId, :caseNo, :ref, :detail, :at)
			on conflict (recipient_id, case_id, kind, ref) where case_id is not null do nothing""")
	int addOnce(long recipientId, String kind, long caseId, String caseNo, String ref, @Nullable String detail,
			Instant at);

	/** Adds a notice about a penalty proceeding unless this person already has this one. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into notification (recipient_id, kind, proceeding_id, case_no, ref, detail, created_at)
			values (:recipientId, :kind, :proceedingId, :number, :ref, :detail, :at)
			on conflict (recipient_id, proceeding_id, kind, ref) where proceeding_id is not null do nothing""")
	int addOnceForProceeding(long recipientId, String kind, long proceedingId, String number, String ref,
			@Nullable String detail, Instant at);

	/**
	 * Counts one more case into a desk's summary: unread, it grows; once read, it starts again at one and is unread.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into notification (recipient_id, kind, ref, created_at) values (:recipientId, :kind, :ref, :at)
			on conflict (recipient_id, kind, ref) where case_id is null and proceeding_id is null do update
			set count = case when notification.read_at is null then notification.count + 1 else 1 end,
			    read_at = null, created_at = excluded.created_at""")
	int countIn(long recipientId, String kind, String ref, Instant at);

	long countByRecipientIdAndReadAtIsNull(long recipientId);

	List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Limit limit);

	@Modifying
	@Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
	int readAll(long recipientId, Instant at);
}
