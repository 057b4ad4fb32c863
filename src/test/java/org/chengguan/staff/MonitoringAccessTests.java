package org.chengguan.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Who reads /actuator/**: holders of system:monitor, and scrapers from the configured networks only. */
class MonitoringAccessTests {

	boolean granted(List<String> networks, Authentication who, String remoteAddress) {
		var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.setRemoteAddr(remoteAddress);
		return SecurityConfiguration.monitoring(networks).authorize(() -> who, new RequestAuthorizationContext(request))
			.isGranted();
	}

	final Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	final Authentication operations = UsernamePasswordAuthenticationToken.authenticated("ops", null,
			AuthorityUtils.createAuthorityList("system:monitor"));

	final Authentication clerk = UsernamePasswordAuthenticationToken.authenticated("intake", null,
			AuthorityUtils.createAuthorityList("case:accept"));

	@Test
	void operationsStaffAreAdmittedFromAnywhere() {
		assertThat(granted(List.of(), operations, "203.0.113.9")).isTrue();
		assertThat(granted(List.of(), clerk, "203.0.113.9")).isFalse();
	}

	@Test
	void aScraperIsAdmittedOnlyFromAConfiguredNetwork() {
		assertThat(granted(List.of("10.20.0.0/24"), anonymous, "10.20.0.5")).isTrue();
		assertThat(granted(List.of("10.20.0.0/24"), anonymous, "10.20.1.5")).isFalse();
		assertThat(granted(List.of(), anonymous, "127.0.0.1")).isFalse();
	}

	@Test
	void aMalformedNetworkStopsStartup() {
		assertThatThrownBy(() -> new StaffProperties(5, java.time.Duration.ofMinutes(15), "局", null, "https:",
				List.of("10.20.0.0/99"))).isInstanceOf(IllegalArgumentException.class);
	}
}
