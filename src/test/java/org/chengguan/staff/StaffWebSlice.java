package org.chengguan.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a {@code @WebMvcTest} slice of another module's controller needs from staff: the application's own security
 * (sign-in page, CSRF, method security, the Content Security Policy) and a signed-in person without a database.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
@EnableConfigurationProperties(StaffProperties.class)
public class StaffWebSlice {

	/** A request by this person of the 指挥中心 (id 7) holding exactly these authorities. */
	public static RequestPostProcessor signedIn(String username, String... authorities) {
		return user(new StaffPrincipal(7, username, "测试人员", 3, "智慧城管指挥中心", Set.of(authorities), true, false,
				null));
	}

	/** The actor {@link #signedIn} acts as. */
	public static Actor actor(String username) {
		return new Actor(7, username, "测试人员");
	}
}
