package org.chengguan.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DutyShiftRepository extends Repository<DutyShift, Long> {

	Optional<DutyShift> findById(long id);

	List<DutyShift> findByUnitIdAndDayOrderByStartsAt(long unitId, LocalDate day);

	List<DutyShift> findByDayOrderByUnitIdAscStartsAtAsc(LocalDate day);

	@Query("select s from DutyShift s join s.members m where m = ?1 and s.day between ?2 and ?3 order by s.startsAt")
	List<DutyShift> findOfMember(long staffId, LocalDate from, LocalDate to);

	DutyShift save(DutyShift shift);
}
