package org.chengguan.documents;

import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 文号 {机关简称}城管{代码}〔YYYY〕NNNN号 (domain.md §8.19, written as {@code document.number} says): one gapless sequence
 * per kind and year. The kind's row for the
 * year is taken with its lock in the issuing transaction, so concurrent issues queue and a rolled-back one gives its
 * number back.
 */
@Component
class DocumentNumbers {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	DocumentNumbers(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	String next(Agency agency, DocumentKind kind, int year) {
		var value = Objects.requireNonNull(jdbc.queryForObject("""
				INSERT INTO document_number (kind, year, last_value) VALUES (?, ?, 1)
				ON CONFLICT (kind, year) DO UPDATE SET last_value = document_number.last_value + 1
				RETURNING last_value""", Integer.class, kind.name(), year));
		return format(agency, kind, year, value);
	}

	/** The 文号 as {@code document.number} writes it, with the kind's {@code document.code}. */
	String format(Agency agency, DocumentKind kind, int year, int value) {
		var code = messages.getMessage("document.code." + kind.name(), null, Locale.SIMPLIFIED_CHINESE);
		return messages.getMessage("document.number", new Object[] { agency.shortName(), code,
				String.valueOf(year), "%04d".formatted(value) }, Locale.SIMPLIFIED_CHINESE);
	}
}
