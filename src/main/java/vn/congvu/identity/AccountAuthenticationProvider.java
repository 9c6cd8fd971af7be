package vn.congvu.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Signs in with an account's user name and password, for form login and HTTP Basic alike. */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	/** The single answer to every failed sign-in; the page and the API word it for the user. */
	static final String FAILED = "Bad credentials";

	private final SignInDesk desk;

	AccountAuthenticationProvider(SignInDesk desk) {
		this.desk = desk;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		java.util.Optional<AccountPrincipal> principal;
		try {
			principal = desk.attempt(authentication.getName(), password, source(authentication));
		}
		catch (org.springframework.dao.DataAccessException ex) {
			// a lock wait cut short or a lost connection: a failed sign-in like any other, never a server error
			throw new BadCredentialsException(FAILED, ex);
		}
		var signedIn = principal.orElseThrow(() -> new BadCredentialsException(FAILED));
		return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.authorities());
	}

	/**
	 * Where the attempt comes from: the client's address as the servlet container sees it (behind a proxy, set
	 * {@code server.forward-headers-strategy} so that it is the client's, not the proxy's).
	 */
	static String source(Authentication authentication) {
		if (authentication.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web
				&& web.getRemoteAddress() != null) {
			var address = web.getRemoteAddress();
			return address.length() <= 64 ? address : address.substring(0, 64);
		}
		return "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
