package org.chengguan.system;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Input that cannot be stored as sent never reaches a module: a request parameter with a control character (other
 * than tab and line breaks; PostgreSQL refuses NUL) or half of a UTF-16 surrogate pair, or a path with an encoded
 * slash, backslash or NUL, is refused with 400 — an RFC 9457 problem under {@code /api}, the error page elsewhere.
 * Tomcat lets encoded slashes through to here (it would answer with its own HTML page); {@code /open311} answers in
 * its own format and is left to that module.
 */
@Configuration
class InputCharacters {

	/** A character that cannot be stored: a control character but tab, CR and LF, or an unpaired surrogate. */
	static final Pattern UNSTORABLE = Pattern
		.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

	/** Encoded characters no path of ours contains. */
	static final Pattern BAD_PATH = Pattern.compile("%(2f|5c|00)|\\.\\.", Pattern.CASE_INSENSITIVE);

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheApplication() {
		return connector -> connector.setEncodedSolidusHandling("passthrough");
	}

	/** Whether a request's path or parameters hold what cannot be stored or routed. */
	static boolean malformed(HttpServletRequest request) {
		if (BAD_PATH.matcher(request.getRequestURI()).find()) {
			return true;
		}
		for (var values : request.getParameterMap().values()) {
			for (var value : values) {
				if (UNSTORABLE.matcher(value).find()) {
					return true;
				}
			}
		}
		return false;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	OncePerRequestFilter inputCharactersFilter(MessageSource messages, ObjectMapper json) {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return request.getRequestURI().startsWith("/open311");
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!malformed(request)) {
					chain.doFilter(request, response);
					return;
				}
				if (!request.getRequestURI().startsWith("/api/")) {
					response.sendError(HttpStatus.BAD_REQUEST.value());
					return;
				}
				var problem = ApiAvailability.problem(messages, HttpStatus.BAD_REQUEST, "invalid-characters",
						"api.error.characters");
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
				response.getOutputStream().write(json.writeValueAsBytes(problem));
			}
		};
	}
}
