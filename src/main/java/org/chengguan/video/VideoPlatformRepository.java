package org.chengguan.video;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VideoPlatformRepository extends JpaRepository<VideoPlatform, Long> {

	Optional<VideoPlatform> findByClientId(long clientId);
}
