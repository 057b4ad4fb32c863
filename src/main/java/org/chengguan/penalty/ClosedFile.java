package org.chengguan.penalty;

import java.time.LocalDate;

/**
 * A proceeding whose file is closed — 结案 (and perhaps 归档), 不予处罚 or 移送 — as the 案卷评查 samples it: its number,
 * procedure, the day it closed and the officers who worked it (who may not review it).
 */
public record ClosedFile(long proceedingId, String number, Procedure procedure, ProceedingStatus status,
		LocalDate closedOn, long handlerId, long coHandlerId, long unitId) {

	/** Whether the person worked the case (承办人 or 协办人). */
	public boolean workedBy(long staffId) {
		return handlerId == staffId || coHandlerId == staffId;
	}
}
