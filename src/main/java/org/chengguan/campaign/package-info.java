/**
 * 专项整治: campaigns of the bureau — their kind, period, scope (regions, road segments, categories), participating
 * units and targets as data (shares 动态清零, complaint reduction, counts and areas; never fine amounts) — the units'
 * 日报, and the cases and hotspot inspections made in a campaign's scope and period, tagged with it. Its progress
 * against the targets is the supervision module's, from the same facts as the dashboards.
 * 专项整治：整治类型、期间、范围（区域、路段、类别）、参与单位、量化目标，日报，范围内案件与点位检查归集。
 */
@NullMarked
@ApplicationModule(displayName = "专项整治 Campaigns",
		allowedDependencies = { "staff", "grid", "caseflow", "category", "evidence", "calendar", "road", "system" })
package org.chengguan.campaign;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
