package org.chengguan.video;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CameraRepository extends JpaRepository<Camera, Long> {

	/** The camera, locked: alarms of one camera are taken one at a time so that a storm merges into one lead. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Camera c where c.platformId = :platformId and c.code = :code")
	Optional<Camera> lockByCode(long platformId, String code);

	Optional<Camera> findByPlatformIdAndCode(long platformId, String code);

	List<Camera> findAllByOrderByPlatformIdAscCodeAsc();
}
