package vn.congvu.identity;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
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
 * Spring Session's JDBC store, remembering for the rest of a request the session it has just saved.
 * <p>
 * Spring Session saves a request's session twice, when the response is committed and when the request ends, and the
 * second time it reads the session back from the store first (spring-session issue 1731, open): one more transaction
 * and SELECT, and one more deserialisation of the security context, for every page. Within the request that saved
 * it, the session just saved is what the store would answer; it is remembered only there ({@link Scope}, a filter
 * around Spring Session's own), so no request ever sees another's copy.
 */
final class SavedSessions implements FindByIndexNameSessionRepository<Session>, DisposableBean {

	/** The sessions saved by the current request, while it runs inside {@link Scope}; {@code null} elsewhere. */
	private static final ThreadLocal<@Nullable Map<String, Session>> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> store;

	/** Reads that went to the store, for tests. */
	final AtomicLong storeReads = new AtomicLong();

	@SuppressWarnings("unchecked")
	SavedSessions(FindByIndexNameSessionRepository<? extends Session> store) {
		this.store = (FindByIndexNameSessionRepository<Session>) store;
	}

	@Override
	public Session createSession() {
		return store.createSession();
	}

	@Override
	public void save(Session session) {
		store.save(session);
		var saved = SAVED.get();
		if (saved != null) {
			saved.put(session.getId(), session);
		}
	}

	@Override
	public @Nullable Session findById(String id) {
		var saved = SAVED.get();
		var session = saved == null ? null : saved.get(id);
		if (session != null) {
			return session;
		}
		storeReads.incrementAndGet();
		return store.findById(id);
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
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return store.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	@Override
	public void destroy() throws Exception {
		if (store instanceof DisposableBean disposable) {
			disposable.destroy();
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
