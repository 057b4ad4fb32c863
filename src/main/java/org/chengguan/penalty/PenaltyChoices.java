package org.chengguan.penalty;

import java.util.HashSet;
import java.util.List;

import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The choices the proceeding page's forms offer: the second officer, the hearing host, the benchmark versions. */
@Component
@Transactional(readOnly = true)
class PenaltyChoices {

	private final StaffManagement staff;

	private final BenchmarkManagement benchmarks;

	PenaltyChoices(StaffManagement staff, BenchmarkManagement benchmarks) {
		this.staff = staff;
		this.benchmarks = benchmarks;
	}

	/** The unit's certified officers besides the viewer (《行政处罚法》第四十二条: two officers). */
	List<StaffSummary> secondOfficers(long unitId, long viewerId) {
		var ids = new HashSet<>(staff.membersOf(unitId));
		ids.remove(viewerId);
		return staff.summaries(staff.holdersAmong(ids, "penalty:handle"));
	}

	/** 法制股 staff who did not investigate the case (第六十四条：听证由非本案调查人员主持). */
	List<StaffSummary> hearingHosts(PenaltyProceeding proceeding) {
		var ids = new HashSet<>(staff.holders("penalty:approve:legal", null));
		ids.removeIf(id -> proceeding.isHandler(id) || proceeding.recordsView().takenBy(id));
		return staff.summaries(ids);
	}

	/** Who may keep a hearing's transcript with its host: the 法制股's other members. */
	List<StaffSummary> clerks(long hostId) {
		var ids = new HashSet<>(staff.holders("penalty:approve:legal", null));
		ids.remove(hostId);
		return staff.summaries(ids);
	}

	/** The benchmark versions in force on the day of the act. */
	List<BenchmarkEntry> benchmarks(PenaltyProceeding proceeding) {
		return benchmarksOn(proceeding.getAct().getActStartedOn());
	}

	List<BenchmarkEntry> benchmarksOn(java.time.LocalDate day) {
		return benchmarks.validOn(day);
	}
}
