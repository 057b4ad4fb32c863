package org.chengguan.documents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What every document template gets as {@code doc}: its kind, 文号 and version, its date, the issuing agency, whether it
 * is a draft (not issued: no number, marked 草稿), and whether the PDF leaves sealed.
 */
public record DocumentHeader(DocumentKind kind, @Nullable String number, int version, LocalDate dated, Agency agency,
		boolean draft, boolean sealed) {

	/** The correction's version line, e.g. 「（更正版本 2）」, or none. */
	public boolean corrected() {
		return version > 1;
	}
}
