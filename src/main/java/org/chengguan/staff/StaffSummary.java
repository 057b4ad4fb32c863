package org.chengguan.staff;

/** A person as other modules show them. */
public record StaffSummary(long id, String name, String username, long orgUnitId, String orgUnitName,
		boolean auxiliary) {
}
