package org.chengguan.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReviewBatchRepository extends Repository<ReviewBatch, Long> {

	ReviewBatch save(ReviewBatch batch);

	Optional<ReviewBatch> findById(long id);

	List<ReviewBatch> findTop50ByOrderByDrawnAtDescIdDesc();
}
