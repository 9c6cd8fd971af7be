package vn.congvu.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that no signed-in person started (start-up, the demo's load, loading a past history, scheduled jobs) runs as
 * the system caller, explicitly: the audit log names it "system", and the scope guard lets it reach every unit. A call
 * with no caller at all, neither a signed-in account nor the system, is refused everywhere.
 */
public final class SystemWork {

	/** The authority the system caller holds (no account has it). */
	static final String AUTHORITY = "ROLE_SYSTEM";

	/** The system caller: its name is {@link Caller#SYSTEM}; it says what it is doing. */
	record Principal(String purpose) implements java.security.Principal {

		@Override
		public String getName() {
			return Caller.SYSTEM;
		}

		@Override
		public String toString() {
			return Caller.SYSTEM;
		}

	}

	private SystemWork() {
	}

	/** The system caller on a thread until closed, when whoever was there before comes back. */
	public interface Turn extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Makes the system the caller on this thread until the turn is closed (for work longer than one call, such as a
	 * worker's loop; prefer {@link #call} and {@link #run}).
	 */
	public static Turn begin(String purpose) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(purpose), null,
				List.of(new SimpleGrantedAuthority(AUTHORITY))));
		SecurityContextHolder.setContext(context);
		return () -> SecurityContextHolder.setContext(previous);
	}

	/** Runs {@code work} as the system caller on this thread, then puts back whoever was there. */
	public static <T> T call(String purpose, Supplier<T> work) {
		try (var turn = begin(purpose)) {
			return work.get();
		}
	}

	/** Runs {@code work} as the system caller on this thread, then puts back whoever was there. */
	public static void run(String purpose, Runnable work) {
		call(purpose, () -> {
			work.run();
			return null;
		});
	}

	/** Whether the system caller is the caller on this thread. */
	public static boolean isCurrent() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Principal;
	}

	/** Refuses {@code what} unless the system caller runs it. */
	public static void require(String what) {
		if (!isCurrent()) {
			throw new AccessDeniedException(what + " is done by the system, not by a signed-in account");
		}
	}

}
