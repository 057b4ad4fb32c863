package org.chengguan.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The collecting bank's callback (罚缴分离实施办法第十条): {@code POST /api/bank/payments} with a JSON body
 * {@code {noticeNo, bankRef, amount, paidAt}} signed in {@code X-Bank-Signature}. A bad signature is refused (401) and
 * logged; a malformed body gets a 400 problem; a replay answers as the first time did, changing nothing.
 */
@RestController
class BankCallbackController {

	private static final Logger log = LoggerFactory.getLogger(BankCallbackController.class);

	private final PaymentManagement payments;

	private final PaymentProperties properties;

	private final ObjectMapper json;

	private final MessageSource messages;

	BankCallbackController(PaymentManagement payments, PaymentProperties properties, ObjectMapper json,
			MessageSource messages) {
		this.payments = payments;
		this.properties = properties;
		this.json = json;
		this.messages = messages;
	}

	@PostMapping(path = "/api/bank/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> paid(@RequestBody byte[] body,
			@RequestHeader(name = BankSignature.HEADER, required = false) @Nullable String signature) {
		if (!BankSignature.verify(properties.secret(), body, signature)) {
			log.warn("Bank callback refused: {} signature ({} bytes)", signature == null ? "no" : "a bad",
					body.length);
			return problem(HttpStatus.UNAUTHORIZED, "bad-signature");
		}
		BankConfirmation confirmation;
		try {
			confirmation = parse(json.readTree(body));
		}
		catch (JacksonException | IllegalArgumentException | DateTimeParseException | ArithmeticException ex) {
			return problem(HttpStatus.BAD_REQUEST, "malformed-payment");
		}
		var outcome = payments.confirm(confirmation, PaymentConfirmation.Source.CALLBACK);
		return switch (outcome) {
			case UNKNOWN_NOTICE -> problem(HttpStatus.NOT_FOUND, "unknown-notice", confirmation.noticeNo());
			case CONFLICT -> problem(HttpStatus.CONFLICT, "reference-conflict", confirmation.bankRef());
			default -> ResponseEntity.ok(Map.of("noticeNo", confirmation.noticeNo(), "bankRef",
					confirmation.bankRef(), "outcome", outcome.name()));
		};
	}

	static BankConfirmation parse(JsonNode body) {
		var noticeNo = text(body, "noticeNo", 20);
		var bankRef = text(body, "bankRef", 40);
		var amount = new BigDecimal(text(body, "amount", 20));
		if (amount.signum() <= 0 || amount.scale() > 2) {
			throw new IllegalArgumentException("amount");
		}
		return new BankConfirmation(noticeNo, bankRef, amount, Instant.parse(text(body, "paidAt", 40)));
	}

	private static String text(JsonNode body, String field, int max) {
		var node = body.get(field);
		if (node == null || node.isNull() || !(node.isString() || node.isNumber())) {
			throw new IllegalArgumentException(field);
		}
		var text = node.asString().strip();
		if (text.isEmpty() || text.length() > max) {
			throw new IllegalArgumentException(field);
		}
		return text;
	}

	/** An RFC 9457 problem whose title and detail are {@code payment.api.<type>.title|detail}. */
	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, Object... args) {
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("payment.api." + type + ".detail", args, Locale.SIMPLIFIED_CHINESE));
		problem.setType(URI.create("https://chengguan.org/problems/" + type));
		problem.setTitle(messages.getMessage("payment.api." + type + ".title", null, Locale.SIMPLIFIED_CHINESE));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
