package org.chengguan.caseflow;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<EnforcementCase, Long> {

	Optional<EnforcementCase> findByReportId(long reportId);

	Optional<EnforcementCase> findByNumber(String number);
}
