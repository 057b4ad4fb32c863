package org.chengguan.supervision;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<SupervisionNotice, Long> {

	List<SupervisionNotice> findTop200ByOrderByIssuedAtDesc();

	List<SupervisionNotice> findTop200ByTargetUnitIdOrderByIssuedAtDesc(long targetUnitId);

	List<SupervisionNotice> findByIssuedAtGreaterThanEqualAndIssuedAtLessThan(Instant from, Instant to);

	@Query(value = "select count(*) from supervision_notice where number like :year || '-%'", nativeQuery = true)
	long countInYear(String year);
}
