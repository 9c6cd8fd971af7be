package vn.congvu.audit.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.congvu.shared.web.UrlRules;

/** The audit log is read by the operator and Home Affairs (and, finer, by {@code AuditReaders}). */
@Component
class AuditUrlRules implements UrlRules {

	static final String[] READERS = { "SYSTEM_ADMIN", "HOME_AFFAIRS" };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/api/v1/audit/**").hasAnyRole(READERS);
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/audit/**").hasAnyRole(READERS);
	}

}
