/**
 * 行政处罚: proceedings from the lead to the decision under 《行政处罚法》 — 简易程序 on the spot and 普通程序 with
 * 立案, investigation, 告知, 陈述申辩, 听证, 法制审核, 集体讨论 and the four-level approval route — with the
 * 裁量基准 as versioned data, every deadline with its legal basis and unit, and each legal guard enforced.
 * 行政处罚：简易程序与普通程序全过程，四级审批，裁量基准数据化，期限注明法律依据，法定程序逐项把关。
 */
@NullMarked
@ApplicationModule(displayName = "行政处罚 Penalty",
		allowedDependencies = { "caseflow", "intake", "documents", "evidence", "staff", "calendar", "party",
			"frontage", "system" })
package org.chengguan.penalty;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
