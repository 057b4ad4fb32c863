package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProceedingRepository extends JpaRepository<PenaltyProceeding, Long> {

	/** Earlier decided offences of a party under one benchmark code since a day (首违不罚, 第三十三条). */
	@Query("""
			select count(p) from PenaltyProceeding p, BenchmarkEntry b
			where b.id = p.proposal.benchmarkId and b.code = ?2 and p.act.partyId = ?1 and p.id <> ?4
			and p.status in ?5 and p.act.actStartedOn >= ?3""")
	long countOffencesSince(long partyId, String benchmarkCode, LocalDate since, long except,
			Collection<ProceedingStatus> decided);

	/** Fines already imposed on a party for the same act: same benchmark code, same day (第二十九条). */
	@Query("""
			select count(p) from PenaltyProceeding p, BenchmarkEntry b
			where b.id = p.proposal.benchmarkId and b.code = ?2 and p.act.partyId = ?1 and p.id <> ?4
			and p.status in ?5 and p.act.actStartedOn = ?3 and p.proposal.fine > ?6""")
	long countFinesFor(long partyId, String benchmarkCode, LocalDate actOn, long except,
			Collection<ProceedingStatus> decided, BigDecimal zero);

	List<PenaltyProceeding> findByActPartyIdOrderByOpenedAtDesc(long partyId);

	List<PenaltyProceeding> findByActSourceCaseIdOrderByOpenedAtDesc(long caseId);

	/** The proceedings a person works as 承办人 or 协办人, newest first. */
	@Query("""
			select p from PenaltyProceeding p where (p.act.handlerId = ?1 or p.act.coHandlerId = ?1)
			and p.status not in ?2 order by p.openedAt desc""")
	List<PenaltyProceeding> findWorkedBy(long staffId, Collection<ProceedingStatus> excluded);

	/**
	 * Proceedings in these states within a scope: citywide, or of these units, or in these streets or districts
	 * ({@code -1} and {@code "-"} stand for none), newest first.
	 */
	@Query("""
			select p from PenaltyProceeding p where p.status in ?1
			and (?2 = true or p.act.unitId in ?3 or p.act.streetCode in ?4 or p.act.districtCode in ?5)
			order by p.openedAt desc limit 500""")
	List<PenaltyProceeding> findInScope(Collection<ProceedingStatus> statuses, boolean citywide,
			Collection<Long> units, Collection<String> streets, Collection<String> districts);
}
