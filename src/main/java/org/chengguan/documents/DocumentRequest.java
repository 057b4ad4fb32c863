package org.chengguan.documents;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A document to issue: its kind, what it belongs to ({@code subjectType} such as {@code penalty}, the id, and the item
 * of the subject it is of, such as a record's number), a short
 * label for lists (the party's name as shown), the date it bears, the template's model, the number of a pre-printed
 * form ({@link DocumentKind#preNumbered()}), and who issues it.
 */
public record DocumentRequest(DocumentKind kind, String subjectType, long subjectId, @Nullable Integer item,
		@Nullable String label,
		LocalDate dated, Map<String, ?> model, @Nullable String presetNumber, String issuedBy) {

	public DocumentRequest {
		model = Collections.unmodifiableMap(new HashMap<>(model));
		if (kind.preNumbered() != (presetNumber != null)) {
			throw new IllegalArgumentException(kind + (kind.preNumbered() ? " needs its form number" : " is numbered"));
		}
	}
}
