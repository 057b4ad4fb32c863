package org.chengguan.caseflow;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<EnforcementCase, Long> {

	/** The case a report opened, as a reference only (no entity to load, nothing to flush or dirty-check). */
	@Query("""
			select new org.chengguan.caseflow.CaseRef(c.id, c.number, c.status, c.problem.place.unitGridCode)
			from EnforcementCase c
			where c.reportId = :reportId""")
	Optional<CaseRef> findRefByReportId(long reportId);

	Optional<EnforcementCase> findByNumber(String number);

	@Query("""
			select c from EnforcementCase c where c.status = org.chengguan.caseflow.CaseStatus.HELD
			and c.disposal.holdUntil < :today""")
	List<EnforcementCase> findHeldUntilBefore(java.time.LocalDate today);

	@Query("""
			select new org.chengguan.caseflow.MergedCase(c.id, c.number, c.reportId, c.source, c.receivedAt)
			from EnforcementCase c where c.problem.duplicateOfId = :parentId order by c.id""")
	List<MergedCase> findMergedInto(long parentId);

	@Query("select c.id from EnforcementCase c where c.problem.duplicateOfId = :parentId and c.status = :status")
	List<Long> findIdsByDuplicateOfIdAndStatus(long parentId, CaseStatus status);

	@Query("""
			select t.opinion from CaseTransition t where t.enforcementCase.id = :caseId and t.action = :action
			order by t.seq desc limit 1""")
	Optional<String> lastOpinion(long caseId, CaseAction action);
}
