package org.chengguan.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReviewFileRepository extends Repository<ReviewFile, Long> {

	ReviewFile save(ReviewFile file);

	Optional<ReviewFile> findById(long id);

	List<ReviewFile> findByBatchIdOrderByIdAsc(long batchId);

	List<ReviewFile> findByBatchIdIn(Collection<Long> batchIds);

	boolean existsByProceedingId(long proceedingId);
}
