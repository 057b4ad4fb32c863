package org.chengguan.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AppraisalRepository extends Repository<Appraisal, Long> {

	Optional<Appraisal> findById(long id);

	List<Appraisal> findByMonthOrderByUnitIdAscVersionDesc(LocalDate month);

	List<Appraisal> findByMonthAndUnitIdOrderByVersionDesc(LocalDate month, long unitId);

	Appraisal save(Appraisal appraisal);
}
