package org.chengguan.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

	Optional<Report> findBySourceAndExternalRef(Channel source, String externalRef);
}
