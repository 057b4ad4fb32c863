/**
 * 案卷流转: every report becomes a case that moves through 受理 → 核实 → 立案 → 派遣 → 处置 → 核查 → 结案 (with 回退,
 * 返工, 作废, 合并 and 自行处置) by an explicit state machine in {@link org.chengguan.caseflow.EnforcementCase}; each
 * transition is kept on the case's timeline, and each stage runs a timer on the working calendar.
 * 案卷流转：受理、立案、派遣、处置、核查、结案闭环，状态机、流转记录与各环节计时。
 */
@NullMarked
@ApplicationModule(displayName = "案卷流转 Case flow",
		allowedDependencies = { "intake", "grid", "staff", "calendar", "evidence", "category", "system" })
package org.chengguan.caseflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
