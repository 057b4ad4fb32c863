package org.chengguan.payment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The bank's reconciliation file (对账文件): UTF-8 CSV, a header line of the bank's column names
 * ({@code payment.reconciliation.header}) or {@code noticeNo,bankRef,amount,paidAt}, then one payment a line; the time as ISO-8601 with its offset or as
 * {@code yyyy-MM-dd HH:mm:ss} in the bureau's zone. A line that does not read is reported with its number, never
 * guessed at.
 */
final class Reconciliation {

	static final int MAX_LINES = 10_000;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** One line of the file: the payment it states, or why it does not read. */
	record Line(int number, @Nullable BankConfirmation payment, @Nullable String error) {
	}

	/** The file refused as a whole (not UTF-8, no header, too long); the message is a key. */
	static final class FileRefused extends RuntimeException {

		FileRefused(String messageKey) {
			super(messageKey);
		}
	}

	private Reconciliation() {
	}

	/** The lines of a file whose header is {@code header} (the bank's column names) or the English one. */
	static List<Line> read(InputStream in, ZoneId zone, String header) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var lines = new ArrayList<Line>();
		try (var reader = new BufferedReader(new InputStreamReader(in, decoder))) {
			var first = reader.readLine();
			if (first == null || !isHeader(first.replace("\uFEFF", ""), header)) {
				throw new FileRefused("payment.reconciliation.error.header");
			}
			var number = 1;
			for (var text = reader.readLine(); text != null; text = reader.readLine()) {
				number++;
				if (text.isBlank()) {
					continue;
				}
				if (lines.size() == MAX_LINES) {
					throw new FileRefused("payment.reconciliation.error.tooLong");
				}
				lines.add(line(number, text, zone));
			}
		}
		catch (CharacterCodingException ex) {
			throw new FileRefused("payment.reconciliation.error.encoding");
		}
		return lines;
	}

	private static boolean isHeader(String line, String header) {
		var names = line.strip().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
		return names.equals(header) || names.equals("noticeno,bankref,amount,paidat");
	}

	private static Line line(int number, String text, ZoneId zone) {
		var cells = text.split(",", -1);
		if (cells.length != 4) {
			return new Line(number, null, "payment.reconciliation.error.cells");
		}
		var noticeNo = cells[0].strip();
		var bankRef = cells[1].strip();
		if (noticeNo.isEmpty() || noticeNo.length() > 20 || bankRef.isEmpty() || bankRef.length() > 40) {
			return new Line(number, null, "payment.reconciliation.error.reference");
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(cells[2].strip());
		}
		catch (NumberFormatException ex) {
			return new Line(number, null, "payment.reconciliation.error.amount");
		}
		if (amount.signum() <= 0 || amount.scale() > 2) {
			return new Line(number, null, "payment.reconciliation.error.amount");
		}
		var paidAt = time(cells[3].strip(), zone);
		if (paidAt == null) {
			return new Line(number, null, "payment.reconciliation.error.time");
		}
		return new Line(number, new BankConfirmation(noticeNo, bankRef, amount, paidAt), null);
	}

	private static @Nullable Instant time(String text, ZoneId zone) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant();
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}
}
