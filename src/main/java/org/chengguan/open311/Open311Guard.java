package org.chengguan.open311;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.intake.JsonInput;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * GeoReport clients get GeoReport errors even for what never reaches a handler: a path with an encoded slash,
 * backslash, NUL or {@code ..}, or a parameter that cannot be stored (a control character, half a surrogate pair),
 * is answered 400 in the spec's {@code errors} format, before anything else reads it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class Open311Guard extends OncePerRequestFilter {

	private static final Pattern BAD_PATH = Pattern.compile("%(2f|5c|00)|\\.\\.", Pattern.CASE_INSENSITIVE);

	private final MessageSource messages;

	private final ObjectMapper json;

	Open311Guard(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/open311");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var uri = request.getRequestURI();
		var malformed = BAD_PATH.matcher(uri).find() || request.getParameterMap()
			.values()
			.stream()
			.flatMap(java.util.Arrays::stream)
			.anyMatch(value -> !JsonInput.storable(value));
		if (!malformed) {
			chain.doFilter(request, response);
			return;
		}
		var format = uri.toLowerCase(Locale.ROOT).endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
		var error = new LinkedHashMap<String, Object>();
		error.put("code", HttpStatus.BAD_REQUEST.value());
		error.put("description", messages.getMessage("open311.error.characters", null, Locale.SIMPLIFIED_CHINESE));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(format.mediaType().toString());
		response.getOutputStream().write(format.write(List.of(error), "errors", json));
	}
}
