package org.chengguan.staff;

/** An org unit in tree order, with its depth and head count. */
public record OrgUnitRow(OrgUnit unit, int depth, long staff) {
}
