package org.chengguan.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HotspotRepository extends JpaRepository<Hotspot, Long> {

	List<Hotspot> findTop500ByOrderByProposedAtDesc();

	List<Hotspot> findByStatusNot(HotspotStatus status);

	@Query(value = "select count(*) from supervision_hotspot where code like :year || '-%'", nativeQuery = true)
	long countInYear(String year);
}
