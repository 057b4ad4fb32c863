package org.chengguan.footage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface FootageRepository extends Repository<Footage, Long> {

	Optional<Footage> findById(long id);

	List<Footage> findByDeviceIdInOrderByCapturedAtDesc(Collection<Long> deviceIds, Limit limit);

	List<Footage> findByIdInOrderByCapturedAt(Collection<Long> ids);

	List<Footage> findByFlightIdOrderByCapturedAt(long flightId);

	boolean existsByDeviceIdAndEvidenceId(long deviceId, long evidenceId);

	Footage save(Footage footage);
}
