package vn.congvu.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's rules for its own URLs, which the security configuration gathers (identity's, which adds its own and ends
 * with "any other request: signed in"). Finer checks of role and scope stay in the module's services (the scope guard);
 * these rules only turn away early what a role can never do. Rules apply in the order of {@link #order()}, lowest
 * first, so that a module whose URLs lie under another's paths comes before it.
 */
public interface UrlRules {

	default int order() {
		return 0;
	}

	/** Rules for {@code /api/**}. */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

	/**
	 * Writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) on {@code patterns} only by {@code roles}: a
	 * role that may never write there is turned away before its body is read, with the same answer whatever the id.
	 */
	static void writesBy(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			String[] roles, String... patterns) {
		for (var method : new org.springframework.http.HttpMethod[] { org.springframework.http.HttpMethod.POST,
				org.springframework.http.HttpMethod.PUT, org.springframework.http.HttpMethod.PATCH,
				org.springframework.http.HttpMethod.DELETE }) {
			requests.requestMatchers(method, patterns).hasAnyRole(roles);
		}
	}

	/** Rules for the pages. */
	default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

}
