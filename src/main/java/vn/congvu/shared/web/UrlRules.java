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

	/** Rules for the pages. */
	default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
	}

}
