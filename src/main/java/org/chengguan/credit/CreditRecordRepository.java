package org.chengguan.credit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CreditRecordRepository extends Repository<CreditRecord, Long> {

	CreditRecord save(CreditRecord record);

	Optional<CreditRecord> findById(long id);

	Optional<CreditRecord> findByProceedingId(long proceedingId);

	boolean existsByProceedingId(long proceedingId);

	List<CreditRecord> findTop200ByOrderByClassifiedAtDescIdDesc();
}
