package org.chengguan.intake;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the platform APIs: a 400 lists every problem with its field and a Chinese message;
 * a bad key is a 401 (wrong or missing) or 403 (not this platform's channel).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

	/** Where our problem types live; the API document lists each (RFC 9457 §3.1.1). */
	static final String TYPES = "https://chengguan.org/problems/";

	static final URI INVALID = URI.create(TYPES + "invalid-request");

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("intake.error.summary", ex.problems().size()));
		problem.setType(INVALID);
		problem.setTitle(text("intake.error.title"));
		problem.setProperty("errors", ex.problems().stream().map(p -> {
			var error = new LinkedHashMap<String, Object>();
			error.put("field", p.field());
			error.put("code", p.messageKey().substring(p.messageKey().lastIndexOf('.') + 1));
			error.put("message", text(p.messageKey(), p.args()));
			return (Map<String, Object>) error;
		}).toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(ApiKeyException.class)
	ResponseEntity<ProblemDetail> apiKey(ApiKeyException ex) {
		var status = ex.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
		return problem(status, ex.forbidden() ? "api-key-channel" : "api-key", ex.getMessage());
	}

	@ExceptionHandler(ApiProblemException.class)
	ResponseEntity<ProblemDetail> refused(ApiProblemException ex) {
		return problem(ex.status(), ex.type(), ex.getMessage());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String messageKey) {
		var problem = ProblemDetail.forStatusAndDetail(status, text(messageKey));
		problem.setType(URI.create(TYPES + type));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
