package org.chengguan.payment;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chengguan.payment.*}: the collecting bank (or 非税 platform) under the 代收罚款协议.
 *
 * @param endpoint where payment notices are posted; none: they wait in the outbox
 * @param secret the shared secret of the bank's signed callbacks (HMAC-SHA256 of the body)
 * @param timeout how long a post to the bank may take
 * @param outboxInterval how often the outbox is drained
 */
@Validated
@ConfigurationProperties("chengguan.payment.bank")
record PaymentProperties(@Nullable URI endpoint, @NotBlank @Size(min = 16) String secret,
		@NotNull @DefaultValue("PT10S") Duration timeout, @NotNull @DefaultValue("PT30S") Duration outboxInterval) {
}
