package org.chengguan.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bureau counts and how fresh its figures are.
 *
 * @param basicallySatisfiedCounts whether 基本满意 counts as satisfied in 满意率 (hotlines differ; domain.md §11 Q10)
 * @param rollupInterval how often days with changed facts are summed up again
 * @param checkCron when the nightly check of the open months runs (Asia/Shanghai)
 */
@ConfigurationProperties("chengguan.supervision")
record SupervisionProperties(@DefaultValue("true") boolean basicallySatisfiedCounts,
		@DefaultValue("PT30S") Duration rollupInterval, @DefaultValue("0 10 3 * * *") String checkCron) {

	Indicator.Settings settings() {
		return new Indicator.Settings(basicallySatisfiedCounts);
	}
}
