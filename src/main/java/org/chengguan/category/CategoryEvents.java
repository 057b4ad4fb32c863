package org.chengguan.category;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Events of the category module. */
public final class CategoryEvents {

	private CategoryEvents() {
	}

	/** An administrator changed the category book ({@code category.create}, {@code category.condition.add} …). */
	public record AdminChanged(Instant at, String actor, String action, String target, @Nullable String before,
			@Nullable String after) {
	}
}
