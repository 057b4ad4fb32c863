package org.chengguan.category;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a public report of a 事项 asks besides its description (GeoReport v2 service definition attributes): a code,
 * a datatype of the spec, whether it is required, the question, its order, and the values of a list.
 */
public record ServiceAttribute(String code, String datatype, boolean required, String description, int order,
		List<Value> values) {

	/** One choice of a single- or multi-value list. */
	public record Value(String key, String name) {
	}

	/** The name of a list value by its key, if the key is one of them. */
	public @Nullable String nameOf(String key) {
		return values.stream().filter(v -> v.key().equals(key)).map(Value::name).findFirst().orElse(null);
	}
}
