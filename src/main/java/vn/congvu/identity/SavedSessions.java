package vn.congvu.identity;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring Session's JDBC store, with two savings on every request.
 * <ul>
 * <li><b>The last access is written only when the stored one is a minute old or more</b> ({@link #LAST_ACCESS_RESOLUTION}).
 * Spring Session writes it at the end of every request, even when nothing else changed: a new version of the row,
 * entries in its three indexes, and a commit that waits for the disk, for every page and every static file a
 * signed-in browser asks for. With 32 clients asking for a small static file with a session, that was more than half
 * of the database's work (1.85 ms of its CPU per request, 0.8 ms without), and one session's row gathered 12,000 dead
 * versions between two vacuums. Every other change (the id, on signing in; the principal; the timeout; the
 * attributes) is still written at the end of its request. The price: a session idle for its timeout (30 minutes) may
 * end up to a minute early, when its last minute of use wrote nothing.</li>
 * <li><b>A request remembers the session it saved.</b> Spring Session saves a request's session twice, when the
 * response is committed and when the request ends, and the second time it reads the session back from the store first
 * (spring-session issue 1731, open): one more transaction and SELECT, and one more deserialisation of the security
 * context, for every page. Within the request that saved it, the session just saved is what the store would answer;
 * it is remembered only there ({@link Scope}, a filter around Spring Session's own), so no request sees another's
 * copy.</li>
 * </ul>
 */
final class SavedSessions implements FindByIndexNameSessionRepository<SavedSessions.Quiet>, DisposableBean {

	/** How old the stored last access may get before a request writes a newer one. */
	static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(1);

	/** The sessions saved by the current request, while it runs inside {@link Scope}; {@code null} elsewhere. */
	private static final ThreadLocal<@Nullable Map<String, Quiet>> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> store;

	/** Reads that went to the store, for tests. */
	final AtomicLong storeReads = new AtomicLong();

	@SuppressWarnings("unchecked")
	SavedSessions(FindByIndexNameSessionRepository<? extends Session> store) {
		this.store = (FindByIndexNameSessionRepository<Session>) store;
	}

	@Override
	public Quiet createSession() {
		return new Quiet(store.createSession());
	}

	@Override
	public void save(Quiet session) {
		store.save(session.stored);
		var saved = SAVED.get();
		if (saved != null) {
			saved.put(session.getId(), session);
		}
	}

	@Override
	public @Nullable Quiet findById(String id) {
		var saved = SAVED.get();
		var session = saved == null ? null : saved.get(id);
		if (session != null) {
			return session;
		}
		storeReads.incrementAndGet();
		var stored = store.findById(id);
		return stored == null ? null : new Quiet(stored);
	}

	@Override
	public void deleteById(String id) {
		var saved = SAVED.get();
		if (saved != null) {
			saved.remove(id);
		}
		store.deleteById(id);
	}

	@Override
	public Map<String, Quiet> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		var found = new java.util.LinkedHashMap<String, Quiet>();
		store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new Quiet(s)));
		return found;
	}

	@Override
	public void destroy() throws Exception {
		if (store instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/** A stored session that passes every change on, except a last access less than a minute newer than its own. */
	static final class Quiet implements Session {

		private final Session stored;

		Quiet(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(LAST_ACCESS_RESOLUTION))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

	/** The span of one request, around Spring Session's filter: what it saves is remembered until the request ends. */
	static final class Scope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var outer = SAVED.get();
			SAVED.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				SAVED.set(outer);
			}
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return false;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

	}

}
