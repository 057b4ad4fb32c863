/**
 * 勤务: a unit's roster of shifts with their staff and the responsibility grids they cover (the 值班长 sees who is on
 * duty where), 单兵勤务报备 — each officer reporting on and off duty from the phone with the position — and, only after
 * the officer's consent and only while on duty, the patrol track, kept per shift for a configured period; the grids
 * it passed through are the shift's coverage (日巡查).
 * 勤务：排班、单兵上下岗报备（含位置）、经本人同意的当班巡查轨迹（按期清除）、班次巡查覆盖网格。
 */
@NullMarked
@ApplicationModule(displayName = "勤务 Duty", allowedDependencies = { "staff", "grid", "calendar" })
package org.chengguan.duty;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
