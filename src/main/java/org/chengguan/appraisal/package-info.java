/**
 * 协管员考核: each squad's auxiliaries appraised monthly from patrol, report and attendance metrics only (domain.md
 * §9.3) — shifts kept, grids covered, reports made and verified, 核实/核查 done, 自行处置, complaints found true — under
 * a scheme stored as data, computed and reviewed by the 执法股 and published; ranked within the squad, with a
 * pay-grade suggestion and the 末位 shown to the squad's and the bureau's leaders only. Nothing about fines enters it
 * (§9.4): its metrics are a closed list of counts and rates, and it reads neither proceedings nor payments.
 * 协管员月度绩效考核：仅以巡查、上报、出勤指标计分，执法股审核后发布，中队内排名，绩效档次与末位仅中队及局领导可见。
 */
@NullMarked
@ApplicationModule(displayName = "协管员考核 Appraisal", allowedDependencies = { "staff", "duty", "caseflow", "calendar" })
package org.chengguan.appraisal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
