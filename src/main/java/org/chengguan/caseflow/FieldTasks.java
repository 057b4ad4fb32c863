package org.chengguan.caseflow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.grid.GridManagement;
import org.chengguan.grid.GridMemberRole;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a 核实 or 核查 may be sent to: the members of the responsibility grid the case lies in (一格多员) who hold the
 * authority to verify or check, the 监督员 first; for 核查 never anyone who handled the case (ActorRule
 * {@code INDEPENDENT_CHECK}).
 */
@Component
class FieldTasks {

	/** The suggested order: the grid's 监督员, then its 网格员, 协管员, enforcement officers, the rest. */
	private static final List<GridMemberRole> PREFERENCE = List.of(GridMemberRole.INSPECTOR,
			GridMemberRole.GRID_OFFICER, GridMemberRole.AUXILIARY, GridMemberRole.ENFORCEMENT_OFFICER,
			GridMemberRole.SANITATION, GridMemberRole.COMMUNITY_LIAISON);

	private final GridManagement grids;

	private final StaffManagement staff;

	FieldTasks(GridManagement grids, StaffManagement staff) {
		this.grids = grids;
		this.staff = staff;
	}

	/** The people the task may go to, the suggested one first; each person once, under their first role. */
	List<FieldWorker> candidates(EnforcementCase subject, CaseAction action) {
		var grid = subject.getUnitGridCode();
		if (grid == null) {
			return List.of();
		}
		var authority = action == CaseAction.SEND_VERIFY ? "case:verify" : "case:check";
		var members = grids.membersAt(grid);
		var holders = staff.holdersAmong(members.stream().map(m -> m.staff().id()).collect(Collectors.toSet()),
				authority);
		Map<Long, FieldWorker> byPerson = new HashMap<>();
		members.stream()
			.filter(m -> holders.contains(m.staff().id()))
			.filter(m -> action != CaseAction.SEND_CHECK || !ActorRule.handled(
					new Participant(m.staff().id(), m.staff().orgUnitId(), Set.of()), subject))
			.sorted(Comparator.comparing(m -> PREFERENCE.indexOf(m.role())))
			.forEach(m -> byPerson.putIfAbsent(m.staff().id(),
					new FieldWorker(m.staff().id(), m.staff().name(), m.role())));
		return byPerson.values()
			.stream()
			.sorted(Comparator.comparing((FieldWorker w) -> PREFERENCE.indexOf(w.role())).thenComparing(w -> w.name()))
			.toList();
	}

	/** Refuses a person the task may not go to; null sends it to the grid's members at large. */
	void requireCandidate(EnforcementCase subject, CaseAction action, @Nullable Long assignee) {
		if (assignee != null && candidates(subject, action).stream().noneMatch(w -> w.staffId() == assignee)) {
			throw new CaseTransitionException("caseflow.error.assignee");
		}
	}
}
