package vn.congvu.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The open sessions of an account, kept in PostgreSQL and so shared by every node. */
@Component
class SignedInSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the account: its next request must sign in again. */
	void endAll(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

}
