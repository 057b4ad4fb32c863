package org.chengguan.staff;

import java.util.Set;

/** Kinds of organisation unit (domain.md §2.1). Each constant names the parents it may sit under. */
public enum OrgUnitType {
	/** 局: the single root. */
	BUREAU,
	/** 局领导班子. */
	LEADERSHIP,
	/** 股室: 办公室, 法制股, 督查股 … */
	SECTION,
	/** 指挥中心: intake and dispatch, often 24×7. */
	COMMAND_CENTRE,
	/** 大队 / 分局. */
	BRIGADE,
	/** 中队: under a brigade or directly under the bureau. */
	SQUAD,
	/** 环卫所, 路灯所 …: handling units, not enforcement. */
	SERVICE_UNIT,
	/** 街道 / 乡镇 (属地). */
	STREET,
	/** City departments and utilities. */
	EXTERNAL_UNIT;

	/**
	 * Whether cases may be dispatched to units of this type (domain.md §2.1, 处置单位): squads and brigades, service
	 * units, external departments and streets; never the leadership, a section or the command centre.
	 */
	public boolean handlesCases() {
		return switch (this) {
			case SQUAD, BRIGADE, SERVICE_UNIT, EXTERNAL_UNIT, STREET -> true;
			case BUREAU, LEADERSHIP, SECTION, COMMAND_CENTRE -> false;
		};
	}

	boolean mayBeChildOf(OrgUnitType parent) {
		return switch (this) {
			case BUREAU -> false;
			case SQUAD -> Set.of(BUREAU, BRIGADE).contains(parent);
			default -> parent == BUREAU;
		};
	}
}
