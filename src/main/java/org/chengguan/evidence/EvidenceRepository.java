package org.chengguan.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<EvidenceFile, Long> {
}
