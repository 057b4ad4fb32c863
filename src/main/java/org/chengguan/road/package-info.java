/**
 * 路长负责制: road segments drawn on the map, each with its 路长 and the duties of 市容市貌, 环境卫生 and 市政设施, the unit
 * grids it crosses, and the cases found on it — the 路长 is named on the case page, sees the segment's open cases, and
 * is assessed monthly by the segment's figures (counts and rates, never fines).
 * 路长制：路段、路长及其职责、途经网格，路段上的案件（案卷页显示路长），路长查看在办案件，按路段指标月度考核。
 */
@NullMarked
@ApplicationModule(displayName = "路长 Road chiefs",
		allowedDependencies = { "grid", "staff", "caseflow", "calendar", "system" })
package org.chengguan.road;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
