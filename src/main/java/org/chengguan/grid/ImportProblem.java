package org.chengguan.grid;

import java.util.List;

/**
 * Why one feature of a GeoJSON import is refused.
 *
 * @param feature the feature's code, or {@code #n} (1-based position) when it has none
 * @param messageKey the reason, a messages.properties key taking {@code args}
 */
public record ImportProblem(String feature, String messageKey, List<Object> args) {

	static ImportProblem of(String feature, String messageKey, Object... args) {
		return new ImportProblem(feature, messageKey, List.of(args));
	}

	public Object[] argArray() {
		return args.toArray();
	}
}
