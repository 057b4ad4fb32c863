package org.chengguan.payment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PaymentConfirmationRepository extends Repository<PaymentConfirmation, Long> {

	PaymentConfirmation save(PaymentConfirmation confirmation);

	Optional<PaymentConfirmation> findByBankRef(String bankRef);

	List<PaymentConfirmation> findByNoticeIdOrderByPaidAt(long noticeId);
}
