package org.chengguan.system;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
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

	/** Where our problem types live (as in {@code intake.ApiProblems}); the API document lists each. */
	static final String PROBLEM_TYPES = "https://chengguan.org/problems/";

	private final MessageSource messages;

	ApiAvailability(MessageSource messages) {
		this.messages = messages;
	}

	/** The problem of this status with its type (listed in the API document) and Chinese detail. */
	static ProblemDetail problem(MessageSource messages, HttpStatus status, String type, String messageKey) {
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(messageKey, null, Locale.SIMPLIFIED_CHINESE));
		problem.setType(URI.create(PROBLEM_TYPES + type));
		return problem;
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String messageKey) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(messages, status, type, messageKey));
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable, answering 503: {}", ex.getMessage());
		var answer = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "api.error.unavailable");
		return ResponseEntity.status(answer.getStatusCode())
			.header("Retry-After", RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(answer.getBody());
	}

	/**
	 * A connection that died mid-request (the server went away after the pool handed it out) surfaces as a JPA or
	 * transaction system error; when a connection failure caused it (SQLState class 08, or 57P terminated by the
	 * administrator) it is the same outage: 503. Anything else is our fault and stays a 500.
	 */
	@ExceptionHandler({ JpaSystemException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> systemFailure(RuntimeException ex) {
		if (connectionLost(ex)) {
			return databaseUnavailable(ex);
		}
		log.error("API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "api.error.internal");
	}

	static boolean connectionLost(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			// HikariCP swaps a connection for a closed one after a fatal (08/57P) error; the rollback then fails so.
			if (cause instanceof SQLException && "Connection is closed".equals(cause.getMessage())) {
				return true;
			}
		}
		return false;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex) {
		log.info("API request conflicted: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "conflict", "api.error.conflict");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "api.error.mediaType");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "api.error.method");
	}
}
