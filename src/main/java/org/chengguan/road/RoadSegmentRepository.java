package org.chengguan.road;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RoadSegmentRepository extends Repository<RoadSegment, Long> {

	Optional<RoadSegment> findById(long id);

	List<RoadSegment> findByActiveTrueOrderByCode();

	List<RoadSegment> findByChiefIdAndActiveTrueOrderByCode(long chiefId);

	RoadSegment save(RoadSegment segment);
}
