package org.chengguan.hotline;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hotline platforms are reached.
 *
 * @param endpoints per platform code ({@code 12345}, {@code 12319}), the URL that receives our messages; applied at
 * start-up (a platform without one keeps its messages waiting in the outbox)
 * @param outboxInterval how often the outbox is drained
 * @param timeout connect and read timeout of one delivery
 * @param progressInterval how often open orders are checked for a 阶段性答复 that falls due
 */
@ConfigurationProperties("chengguan.hotline")
record HotlineProperties(@DefaultValue Map<String, String> endpoints,
		@DefaultValue("PT10S") Duration outboxInterval, @DefaultValue("PT10S") Duration timeout,
		@DefaultValue("PT5M") Duration progressInterval) {
}
