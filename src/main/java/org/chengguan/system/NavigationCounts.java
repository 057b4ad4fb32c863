package org.chengguan.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds the navigation bar's numbers to every page rendered whole, unless the page has set them itself. */
final class NavigationCounts implements HandlerInterceptor {

	private final ObjectProvider<NavigationCount> counts;

	NavigationCounts(ObjectProvider<NavigationCount> counts) {
		this.counts = counts;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || !wholePage(page.getViewName())) {
			return;
		}
		counts.orderedStream()
			.filter(count -> !page.getModel().containsKey(count.attribute()))
			.forEach(count -> page.addObject(count.attribute(), count.count()));
	}

	private static boolean wholePage(@Nullable String view) {
		return view != null && !view.startsWith("redirect:") && !view.startsWith("forward:") && !view.contains("::");
	}
}
