package org.chengguan.demo;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** With the demo on, time can stand still for the thread that writes its history ({@link DemoClock}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("chengguan.demo.enabled")
class DemoConfiguration {

	@Bean
	@Primary
	DemoClock demoClock() {
		return new DemoClock(Clock.systemDefaultZone());
	}
}
