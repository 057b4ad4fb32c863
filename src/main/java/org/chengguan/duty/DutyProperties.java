package org.chengguan.duty;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chengguan.duty.*}: the bureau's duty rules.
 *
 * @param trackRetention how long patrol track points are kept (then deleted every night)
 * @param trackInterval how often an officer's phone sends its position while on duty, with consent
 * @param reportEarly how long before a shift starts an officer may report on duty (and after it ends, off)
 */
@Validated
@ConfigurationProperties("chengguan.duty")
record DutyProperties(@NotNull @DefaultValue("P90D") Duration trackRetention,
		@NotNull @DefaultValue("PT60S") Duration trackInterval, @NotNull @DefaultValue("PT1H") Duration reportEarly) {
}
