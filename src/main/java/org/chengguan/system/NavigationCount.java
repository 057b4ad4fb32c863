package org.chengguan.system;

import org.jspecify.annotations.Nullable;

/**
 * A number in the navigation bar, kept by the module whose work it counts. It is asked for only when a whole page is
 * rendered: not for a redirect, an htmx fragment or an API answer (issue 14).
 */
public interface NavigationCount {

	/** The model attribute the layout reads it from. */
	String attribute();

	/** The number for the signed-in person, or null when the entry is not theirs. */
	@Nullable Long count();
}
