/**
 * 热线工单: work orders pushed by the 12345 and 12319 platforms, received idempotently, turned into cases through
 * intake, and the obligations owed back to each platform (签收, 办结回复, 退单, 延期, 回访) on its own clocks.
 * 热线工单：12345、12319 工单幂等接收，转为案卷，并按平台时限履行签收、回复、退单、延期、回访义务。
 */
@NullMarked
@ApplicationModule(displayName = "热线工单 Hotline",
		allowedDependencies = { "intake", "caseflow", "calendar", "category", "staff", "system" })
package org.chengguan.hotline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
