package org.chengguan.hotline;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HotlinePlatformRepository extends JpaRepository<HotlinePlatform, Long> {

	Optional<HotlinePlatform> findByCode(String code);
}
