package org.chengguan.hotline;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformDecisionRepository extends JpaRepository<PlatformDecision, Long> {

	Optional<PlatformDecision> findByOrderIdAndRequest(long orderId, Decision.Request request);
}
