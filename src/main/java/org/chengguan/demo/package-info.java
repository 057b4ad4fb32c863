/**
 * The demo city: a deterministic generator of a fictional city (districts, streets, communities, unit grids that tile
 * each community exactly, responsibility grids) and its bureau (org tree, staff for every role), loaded once into an
 * empty database when {@code chengguan.demo.enabled=true}. The same generator makes the large city for benchmarks.
 * 演示数据：确定性生成的虚构城市（区划、单元网格、责任网格）及其执法局的机构和人员。
 */
@NullMarked
@ApplicationModule(displayName = "演示数据 Demo", allowedDependencies = { "staff", "grid", "category", "calendar",
		"intake", "caseflow", "hotline", "evidence", "video", "party", "penalty", "disclosure",
		"frontage", "road", "campaign", "duty", "appraisal", "footage" })
package org.chengguan.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
