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

	static final URI INVALID = URI.create("https://chengguan.org/problems/invalid-request");

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
		var problem = ProblemDetail.forStatusAndDetail(status, text(ex.getMessage()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(ApiProblemException.class)
	ResponseEntity<ProblemDetail> refused(ApiProblemException ex) {
		var problem = ProblemDetail.forStatusAndDetail(ex.status(), text(ex.getMessage()));
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
