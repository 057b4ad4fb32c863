package org.chengguan.staff;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxLocationRedirectAuthenticationEntryPoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/** Form sign-in in Chinese, CSRF on every form, a strict Content Security Policy, method security on module APIs. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: %s; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String[] PLATFORM_APIS = { "/api/**", "/open311/**" };

	/**
	 * The platforms' APIs: each request authenticates by its key in the controller, so no session, saved request,
	 * CSRF token or security context is kept between requests — fewer filters on the busiest path (issue 14).
	 */
	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain platformApiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PLATFORM_APIS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/** The web's rules; the commands run without a web server (and so without HTTP security). */
	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain webSecurity(HttpSecurity http, StaffProperties properties) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/webjars/**", "/_static/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/error")
			.permitAll()
			// The public's pages (公示, the citizen's own case): no account, nothing but what is published.
			.requestMatchers("/public", "/public/**")
			.permitAll()
			// Probes of the orchestrator or load balancer: status only (details need system:monitor).
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers("/actuator/**")
			.access(monitoring(properties.monitorNetworks()))
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login").failureHandler(failureHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
					new HxLocationRedirectAuthenticationEntryPoint("/login"),
					new RequestHeaderRequestMatcher("HX-Request")))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp
					.policyDirectives(CONTENT_SECURITY_POLICY.formatted(properties.imageSources())))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions
					.policy("geolocation=(self), camera=(self), microphone=()")));
		return http.build();
	}

	/** Operations staff ({@code system:monitor}), or a scraper from one of the configured networks. */
	static AuthorizationManager<RequestAuthorizationContext> monitoring(List<String> networks) {
		var matchers = networks.stream().map(IpAddressMatcher::new).toList();
		return (authentication, context) -> {
			var person = authentication.get();
			var monitor = person != null && person.isAuthenticated() && person.getAuthorities()
				.stream()
				.anyMatch(a -> "system:monitor".equals(a.getAuthority()));
			var network = matchers.stream().anyMatch(m -> m.matches(context.getRequest()));
			return new AuthorizationDecision(monitor || network);
		};
	}

	/** Tells the login page why a sign-in failed, without revealing whether the username exists. */
	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			var reason = exception instanceof LockedException ? "locked"
					: exception instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}
}
