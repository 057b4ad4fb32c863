package org.chengguan.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh_CN is the language whatever the browser sends; {@code ?lang=en} switches to English, remembered in a cookie. Every
 * page rendered whole gets the navigation bar's numbers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<NavigationCount> counts;

	WebConfiguration(ObjectProvider<NavigationCount> counts) {
		this.counts = counts;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("CHENGGUAN_LANG");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		// Chinese first whatever the browser asks for; English only by choice (?lang=en).
		resolver.setDefaultLocaleFunction(request -> Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new NavigationCounts(counts));
	}
}
