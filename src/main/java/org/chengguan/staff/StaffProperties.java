package org.chengguan.staff;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in rules and the first account of an empty database.
 *
 * @param maxFailedAttempts failures in a row that lock an account
 * @param lockout how long the lock lasts
 * @param bureauName name of the root unit created in an empty database
 * @param initialAdminPassword password of the {@code admin} account created in an empty database (from the
 * environment only; none means no account is created)
 * @param imageSources extra {@code img-src} sources of the Content Security Policy, e.g. the map tile server
 * @param monitorNetworks networks (CIDR) whose scrapers may read {@code /actuator/**} without an account, e.g.
 * the Prometheus server's; none by default (only people with {@code system:monitor})
 */
@Validated
@ConfigurationProperties("chengguan.staff")
record StaffProperties(@DefaultValue("5") @Min(1) int maxFailedAttempts, @DefaultValue("PT15M") Duration lockout,
		@DefaultValue("城市管理综合执法局") @NotBlank String bureauName, @Nullable String initialAdminPassword,
		@DefaultValue("https:") String imageSources, @DefaultValue({}) List<String> monitorNetworks) {

	StaffProperties {
		// A bad network stops startup here rather than letting everyone in or no one.
		monitorNetworks.forEach(IpAddressMatcher::new);
		monitorNetworks = List.copyOf(monitorNetworks);
	}
}
