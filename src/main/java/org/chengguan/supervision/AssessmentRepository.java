package org.chengguan.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<MonthlyAssessment, Long> {

	List<MonthlyAssessment> findAllByOrderByMonthDescSubjectAscVersionDesc();

	List<MonthlyAssessment> findByMonthAndSubjectOrderByVersionDesc(LocalDate month, MonthlyAssessment.Subject subject);

	Optional<MonthlyAssessment> findByMonthAndSubjectAndStatus(LocalDate month, MonthlyAssessment.Subject subject,
			AssessmentStatus status);

	List<MonthlyAssessment> findByMonthBetweenAndSubjectAndStatusOrderByMonth(LocalDate from, LocalDate to,
			MonthlyAssessment.Subject subject, AssessmentStatus status);
}
