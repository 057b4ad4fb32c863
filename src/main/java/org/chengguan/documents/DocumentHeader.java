package org.chengguan.documents;

import java.time.LocalDate;


/**
 * What every document template gets as {@code doc}: its kind, 文号 and version, its date, the issuing agency, and
 * whether the PDF leaves sealed.
 */
public record DocumentHeader(DocumentKind kind, String number, int version, LocalDate dated, Agency agency,
		boolean sealed) {

	/** The correction's version line, e.g. 「（更正版本 2）」, or none. */
	public boolean corrected() {
		return version > 1;
	}
}
