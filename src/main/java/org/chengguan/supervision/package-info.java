/**
 * 督查考核: indicators computed from additive counts (a read model fed by the modules below, never a scan of their
 * workflow tables), dashboards, rankings, the monthly assessment, 监管通知单 and the hotspot ledger. Nothing depends on
 * it. Fine amounts never enter an indicator (《行政处罚法》第七十四条).
 * 督查考核：指标由增量汇总计算，不扫描业务表；罚没金额不进入任何考核指标。
 */
@NullMarked
@ApplicationModule(displayName = "督查考核 Supervision",
		allowedDependencies = { "caseflow", "hotline", "intake", "calendar", "staff", "grid", "category",
			"system", "evidence", "penalty", "road",
			"campaign" })
package org.chengguan.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
