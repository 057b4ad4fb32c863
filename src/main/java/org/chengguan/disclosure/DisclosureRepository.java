package org.chengguan.disclosure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface DisclosureRepository extends Repository<DisclosureNotice, Long> {

	DisclosureNotice save(DisclosureNotice notice);

	Optional<DisclosureNotice> findById(long id);

	boolean existsByProceedingId(long proceedingId);

	Optional<DisclosureNotice> findByProceedingId(long proceedingId);

	/** What the public list shows: published and withdrawn notices, the latest first. */
	List<DisclosureNotice> findByStatusNotOrderByPublishedAtDescIdDesc(DisclosureNotice.Status status,
			Pageable page);

	long countByStatusNot(DisclosureNotice.Status status);

	/** The 法制股's queue: pending ones and those due for withdrawal first. */
	List<DisclosureNotice> findByStatusOrderByPublishDueAscIdAsc(DisclosureNotice.Status status);

	List<DisclosureNotice> findAllByOrderByIdDesc(Limit limit);
}
