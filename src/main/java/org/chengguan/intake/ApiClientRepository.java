package org.chengguan.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClientRepository extends JpaRepository<ApiClient, Long> {

	Optional<ApiClient> findByKeyHash(String keyHash);

	Optional<ApiClient> findByCode(String code);
}
