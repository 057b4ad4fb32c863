package org.chengguan.credit;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chengguan.credit.*}: the public credit platform (信用信息共享平台) the decisions are pushed to.
 *
 * @param endpoint where pushes and withdrawals are posted; none: they wait in the outbox and the desk says so
 * @param timeout how long a post may take
 * @param outboxInterval how often the outbox is drained
 */
@Validated
@ConfigurationProperties("chengguan.credit")
record CreditProperties(@Nullable URI endpoint, @NotNull @DefaultValue("PT10S") Duration timeout,
		@NotNull @DefaultValue("PT1M") Duration outboxInterval) {
}
