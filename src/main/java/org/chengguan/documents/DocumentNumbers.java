package org.chengguan.documents;

import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 文号 {机关简称}城管{代码}〔YYYY〕NNNN号 (domain.md §8.19): one gapless sequence per kind and year. The kind's row for the
 * year is taken with its lock in the issuing transaction, so concurrent issues queue and a rolled-back one gives its
 * number back.
 */
@Component
class DocumentNumbers {

	private final JdbcTemplate jdbc;

	DocumentNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String next(Agency agency, DocumentKind kind, int year) {
		var value = Objects.requireNonNull(jdbc.queryForObject("""
				INSERT INTO document_number (kind, year, last_value) VALUES (?, ?, 1)
				ON CONFLICT (kind, year) DO UPDATE SET last_value = document_number.last_value + 1
				RETURNING last_value""", Integer.class, kind.name(), year));
		return format(agency, kind, year, value);
	}

	static String format(Agency agency, DocumentKind kind, int year, int value) {
		return "%s城管%s〔%d〕%04d号".formatted(agency.shortName(), kind.code(), year, value);
	}
}
