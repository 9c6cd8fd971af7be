package vn.congvu;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.congvu.shared.Caller;

/** Puts a caller in the security context of the test's thread, as identity's principal would after signing in. */
public final class TestCallers {

	private TestCallers() {
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
