package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class NavigationCountsTests {

	final AtomicInteger asked = new AtomicInteger();

	final NavigationCounts counts = counts();

	@Test
	void aPageRenderedWholeGetsEveryCount() {
		var page = after(new ModelAndView("case/list"));
		assertThat(page.getModel()).containsEntry("unread", 3L).containsEntry("nothing", null);
		assertThat(asked).hasValue(1);
	}

	@Test
	void aPageKeepsTheCountItSetItself() {
		var page = new ModelAndView("notification/list");
		page.addObject("unread", 0L);
		assertThat(after(page).getModel()).containsEntry("unread", 0L);
		assertThat(asked).hasValue(0);
	}

	@Test
	void redirectsFragmentsAndAnswersWithoutAViewAskForNothing() {
		assertThat(after(new ModelAndView("redirect:/cases/1")).getModel()).isEmpty();
		assertThat(after(new ModelAndView("forward:/cases")).getModel()).isEmpty();
		assertThat(after(new ModelAndView("case/list :: rows")).getModel()).isEmpty();
		counts.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), null);
		assertThat(asked).hasValue(0);
	}

	ModelAndView after(ModelAndView page) {
		counts.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), page);
		return page;
	}

	/** The bell, which counts how often it is asked, and a count that is not the signed-in person's. */
	NavigationCounts counts() {
		var beans = new StaticListableBeanFactory();
		beans.addBean("bell", new Bell());
		beans.addBean("none", new NavigationCount() {
			@Override
			public String attribute() {
				return "nothing";
			}

			@Override
			public @Nullable Long count() {
				return null;
			}
		});
		return new NavigationCounts(beans.getBeanProvider(NavigationCount.class));
	}

	final class Bell implements NavigationCount {

		@Override
		public String attribute() {
			return "unread";
		}

		@Override
		public Long count() {
			asked.incrementAndGet();
			return 3L;
		}
	}
}
