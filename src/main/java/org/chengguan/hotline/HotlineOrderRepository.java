package org.chengguan.hotline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HotlineOrderRepository extends JpaRepository<HotlineOrder, Long> {

	Optional<HotlineOrder> findByPlatformIdAndOrderNo(long platformId, String orderNo);

	List<HotlineOrder> findByCaseId(long caseId);
}
