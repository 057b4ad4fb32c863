package org.chengguan.grid;

import java.util.Set;

import org.chengguan.staff.GridAssignments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The unit grids a person works (一格多员): those of every responsibility grid they are a member of. */
@Component
class MemberGrids implements GridAssignments {

	private final JdbcTemplate jdbc;

	MemberGrids(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> unitGridCodesOf(long staffId) {
		return Set.copyOf(jdbc.queryForList("""
				select distinct g.code from grid_member m
				join grid_responsibility_unit ru on ru.responsibility_grid_id = m.responsibility_grid_id
				join grid_unit_grid g on g.id = ru.unit_grid_id
				where m.staff_id = ?""", String.class, staffId));
	}
}
