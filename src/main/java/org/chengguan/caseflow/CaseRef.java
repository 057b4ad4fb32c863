package org.chengguan.caseflow;

import org.jspecify.annotations.Nullable;

/** A case as another module refers to it: id, 案卷编号, state and unit grid. */
public record CaseRef(long id, String number, CaseStatus status, @Nullable String unitGridCode) {

	static CaseRef of(EnforcementCase c) {
		return new CaseRef(c.getId(), c.getNumber(), c.getStatus(), c.getUnitGridCode());
	}
}
