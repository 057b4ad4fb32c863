package org.chengguan.appraisal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.Repository;

interface ComplaintRepository extends Repository<Complaint, Long> {

	List<Complaint> findByUnitIdAndReceivedOnBetweenOrderByReceivedOnDesc(long unitId, LocalDate from, LocalDate to);

	List<Complaint> findByStaffIdInAndReceivedOnBetweenAndUpheldTrue(List<Long> staffIds, LocalDate from, LocalDate to);

	Complaint save(Complaint complaint);
}
