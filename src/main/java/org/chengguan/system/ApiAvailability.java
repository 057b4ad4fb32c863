package org.chengguan.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Platform APIs when something other than the request is wrong: the database is unreachable (503 with
 * {@code Retry-After}; the connection pool reconnects by itself when it is back), or a concurrent request won a
 * unique key (409). Always RFC 9457 problem details.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiAvailability {

	private static final Logger log = LoggerFactory.getLogger(ApiAvailability.class);

	static final String RETRY_AFTER_SECONDS = "30";

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable, answering 503: {}", ex.getMessage());
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "数据库暂时不可用，请稍后重试。");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex) {
		log.info("API request conflicted: {}", ex.getMostSpecificCause().getMessage());
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "与同时到达的请求冲突，请重试。");
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求的内容类型不受支持。");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, "不支持此请求方法。");
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
