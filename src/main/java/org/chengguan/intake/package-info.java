/**
 * 受理: every channel a problem arrives by — the 12345 and 12319 hotlines, patrol officers' phones, video and AI camera
 * alarms, Open311 GeoReport v2 and manual entry — recorded as a {@link org.chengguan.intake.Report} with its source,
 * location resolved to a unit grid, category, description, attachments and (encrypted, masked) reporter.
 * 受理：热线、巡查、视频告警、Open311、人工录入等各渠道来件，定位到单元网格，来电人信息加密并脱敏。
 */
@NullMarked
@ApplicationModule(displayName = "受理 Intake",
		allowedDependencies = { "grid", "staff", "evidence", "category", "calendar", "system" })
package org.chengguan.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
