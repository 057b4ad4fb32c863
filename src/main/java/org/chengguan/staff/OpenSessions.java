package org.chengguan.staff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a person's open sessions (kept in PostgreSQL by Spring Session), so that changed rights or a reset password
 * apply at once instead of at their next sign-in.
 */
@Component
class OpenSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	OpenSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	void end(String username) {
		var repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
		}
	}
}
