package org.chengguan.intake;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a JSON request field by field and collects every problem instead of stopping at the first, so that a platform
 * learns all that is wrong with a request at once. Nested objects share the problem list.
 */
public final class JsonInput {

	private final JsonNode node;

	private final String prefix;

	private final List<FieldProblem> problems;

	private JsonInput(JsonNode node, String prefix, List<FieldProblem> problems) {
		this.node = node;
		this.prefix = prefix;
		this.problems = problems;
	}

	/** The body as a JSON object; anything else is refused at once. */
	public static JsonInput parse(byte @Nullable [] body, ObjectMapper mapper) {
		JsonNode root;
		try {
			root = mapper.readTree(body == null ? new byte[0] : body);
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException(List.of(new FieldProblem("body", "intake.error.json")));
		}
		if (root == null || !root.isObject()) {
			throw new InvalidRequestException(List.of(new FieldProblem("body", "intake.error.jsonObject")));
		}
		return new JsonInput(root, "", new ArrayList<>());
	}

	private @Nullable JsonNode present(String field, boolean required) {
		var value = node.get(field);
		if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
			if (required) {
				problem(field, "intake.error.required");
			}
			return null;
		}
		return value;
	}

	/** Whether the field was sent with a value (of any type). */
	public boolean has(String field) {
		var value = node.get(field);
		return value != null && !value.isNull();
	}

	public @Nullable String text(String field, boolean required, int maxLength) {
		var value = present(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			problem(field, "intake.error.notText");
			return null;
		}
		var text = value.stringValue().strip();
		if (!storable(text)) {
			problem(field, "intake.error.badCharacter");
			return null;
		}
		if (text.codePointCount(0, text.length()) > maxLength) {
			problem(field, "intake.error.tooLong", maxLength);
			return null;
		}
		return text;
	}

	/**
	 * Whether a text can be stored as it was sent: no half of a UTF-16 surrogate pair (it would become "?") and no
	 * control character other than tab and line breaks (PostgreSQL refuses NUL in text).
	 */
	public static boolean storable(String text) {
		for (var i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
				return false;
			}
		}
		return true;
	}

	public @Nullable String choice(String field, boolean required, Set<String> allowed) {
		var text = text(field, required, 40);
		if (text != null && !allowed.contains(text)) {
			problem(field, "intake.error.choice", String.join(" | ", allowed.stream().sorted().toList()));
			return null;
		}
		return text;
	}

	/** A JSON {@code true} or {@code false}; anything else is a problem. */
	public @Nullable Boolean flag(String field, boolean required) {
		var value = present(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isBoolean()) {
			problem(field, "intake.error.notBoolean");
			return null;
		}
		return value.booleanValue();
	}

	public @Nullable Double number(String field, boolean required, double min, double max) {
		var value = present(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isNumber()) {
			problem(field, "intake.error.notNumber");
			return null;
		}
		var number = value.doubleValue();
		if (!(number >= min && number <= max)) {
			problem(field, "intake.error.range", min, max);
			return null;
		}
		return number;
	}

	/** ISO-8601 with an offset, for example {@code 2026-11-23T09:30:00+08:00}. */
	public @Nullable OffsetDateTime dateTime(String field, boolean required) {
		var text = text(field, required, 40);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			problem(field, "intake.error.dateTime");
			return null;
		}
	}

	public @Nullable JsonInput object(String field) {
		var value = present(field, false);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			problem(field, "intake.error.notObject");
			return null;
		}
		return new JsonInput(value, prefix + field + ".", problems);
	}

	public List<JsonInput> objects(String field, int maxItems) {
		var value = present(field, false);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			problem(field, "intake.error.notArray");
			return List.of();
		}
		if (value.size() > maxItems) {
			problem(field, "intake.error.tooMany", maxItems);
			return List.of();
		}
		var items = new ArrayList<JsonInput>();
		for (int i = 0; i < value.size(); i++) {
			var item = value.get(i);
			if (item.isObject()) {
				items.add(new JsonInput(item, prefix + field + "[" + i + "].", problems));
			}
			else {
				problem(field + "[" + i + "]", "intake.error.notObject");
			}
		}
		return items;
	}

	/** Records a problem with a field of this object. */
	public void problem(String field, String messageKey, Object... args) {
		problems.add(new FieldProblem(prefix + field, messageKey, args));
	}

	public boolean valid() {
		return problems.isEmpty();
	}

	/** Throws with every problem found so far. */
	public void throwIfInvalid() {
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
	}
}
