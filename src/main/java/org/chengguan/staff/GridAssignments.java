package org.chengguan.staff;

import java.util.Set;

/**
 * The unit grids a person works as a member of a responsibility grid (一格多员). The grid module knows them and
 * implements this; the staff module asks when it resolves a 辖区, so that it does not depend on grids.
 */
public interface GridAssignments {

	/** The 15-digit codes of the unit grids in the responsibility grids the person is a member of. */
	Set<String> unitGridCodesOf(long staffId);
}
