package org.chengguan.intake;

/** One thing wrong with an API request: the field (dotted path) and a message key with its arguments. */
public record FieldProblem(String field, String messageKey, Object... args) {
}
