package org.chengguan.supervision;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {

	boolean existsByCaseIdAndStatusNot(long caseId, AppealStatus status);

	List<Appeal> findTop200ByStatusInOrderBySubmittedAtDesc(Collection<AppealStatus> statuses);

	List<Appeal> findTop200ByUnitIdInOrderBySubmittedAtDesc(Collection<Long> unitIds);
}
