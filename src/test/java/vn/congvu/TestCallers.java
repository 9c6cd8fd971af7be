package vn.congvu;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.congvu.shared.Caller;

/** Puts a caller in the security context of the test's thread, as identity's principal would after signing in. */
public final class TestCallers {

	private TestCallers() {
	}

	/**
	 * Makes the system the caller of the test's thread from here on, as for work no signed-in person started (the
	 * test's {@code @AfterEach} or {@link AsSystem} puts back what was there).
	 */
	@SuppressWarnings("resource")
	public static void asSystem() {
		vn.congvu.shared.SystemWork.begin("test");
	}

	public static void signIn(Caller caller) {
		record Principal(Caller caller) implements Caller.Source {
			@Override
			public String toString() {
				return caller.username();
			}
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(caller), null, List.of()));
	}

}
