package vn.congvu.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The pages' sessions, kept in PostgreSQL by Spring Session JDBC, with one change: a request writes its session's last
 * access only when the one stored is a minute old or more ({@link #LAST_ACCESS_RESOLUTION_MS}).
 * <p>
 * Spring Session writes the last access at the end of every request, even when nothing else changed: a new version of
 * the row, with entries in its three indexes, and a commit that waits for the disk, for every page and every static
 * file a signed-in browser asks for. With 32 clients asking for a small static file with a session, that was more than
 * half of the database's work (1.85 ms of its CPU per request, 0.8 ms without), and the row of one session gathered
 * 12,000 dead versions between two vacuums. Every other change (the id, on signing in; the principal; the timeout)
 * is still written at the end of its request, as are the attributes, which Spring Session writes separately.
 * <p>
 * The price: a session idle for its timeout (30 minutes) may end up to a minute early, when its last minute of use
 * wrote nothing.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** How old the stored last access may get before a request writes a newer one, in milliseconds. */
	static final long LAST_ACCESS_RESOLUTION_MS = 60_000;

	/**
	 * Spring Session's update, with its six parameters in its order, made a no-op (no row version, no WAL to wait for)
	 * when only the last access moved, by less than {@link #LAST_ACCESS_RESOLUTION_MS}.
	 */
	static final String UPDATE_SESSION = """
			UPDATE %TABLE_NAME% s SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			  MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS varchar(36)) AS session_id, CAST(? AS bigint) AS last_access_time,
			  CAST(? AS integer) AS max_inactive_interval, CAST(? AS bigint) AS expiry_time,
			  CAST(? AS varchar(100)) AS principal_name, CAST(? AS varchar(36)) AS primary_id) v
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			    OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			    OR v.last_access_time >= s.LAST_ACCESS_TIME + """ + LAST_ACCESS_RESOLUTION_MS + ")";

	/** Spring Session's store, remembering within a request the session the request saved ({@link SavedSessions}). */
	@Bean
	static BeanPostProcessor rememberSavedSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository store ? new SavedSessions(store) : bean;
			}
		};
	}

	/** Just outside Spring Session's filter, so that what a request saved is forgotten after its last save. */
	@Bean
	FilterRegistrationBean<SavedSessions.Scope> savedSessionsScope() {
		var registration = new FilterRegistrationBean<>(new SavedSessions.Scope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
		return registration;
	}

	/** Runs after Boot's own customizer, which sets the table name (and with it every query back to its default). */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> quietLastAccess() {
		return sessions -> sessions.setUpdateSessionQuery(UPDATE_SESSION);
	}

}
