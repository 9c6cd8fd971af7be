package vn.congvu.organization.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.congvu.shared.web.UrlRules;

/** Units are changed (restructured, given quotas) by the operator and Home Affairs; everyone signed in reads them. */
@Component
class OrganizationUrlRules implements UrlRules {

	static final String[] RESTRUCTURERS = { "SYSTEM_ADMIN", "HOME_AFFAIRS" };

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/api/v1/units/**").hasAnyRole(RESTRUCTURERS)
			.requestMatchers(HttpMethod.PATCH, "/api/v1/units/**").hasAnyRole(RESTRUCTURERS)
			.requestMatchers(HttpMethod.PUT, "/api/v1/units/**").hasAnyRole(RESTRUCTURERS)
			.requestMatchers(HttpMethod.DELETE, "/api/v1/units/**").hasAnyRole(RESTRUCTURERS);
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/units/restructure/**", "/units/*/quota").hasAnyRole(RESTRUCTURERS);
	}

}
