package org.chengguan.duty;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AttendanceRepository extends Repository<Attendance, Long> {

	Optional<Attendance> findByShiftIdAndStaffId(long shiftId, long staffId);

	List<Attendance> findByShiftIdIn(Collection<Long> shiftIds);

	Attendance save(Attendance attendance);
}
