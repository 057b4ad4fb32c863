package org.chengguan.payment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PaymentNoticeRepository extends Repository<PaymentNotice, Long> {

	PaymentNotice save(PaymentNotice notice);

	/** The notice, locked: the confirmations of one notice are applied one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from PaymentNotice n where n.noticeNo = ?1")
	Optional<PaymentNotice> lockByNoticeNo(String noticeNo);

	Optional<PaymentNotice> findByNoticeNo(String noticeNo);

	Optional<PaymentNotice> findById(long id);

	List<PaymentNotice> findByProceedingIdOrderById(long proceedingId);

	boolean existsByProceedingIdAndStatus(long proceedingId, PaymentNotice.Status status);

	List<PaymentNotice> findAllByOrderByIssuedAtDescIdDesc(Limit limit);
}
