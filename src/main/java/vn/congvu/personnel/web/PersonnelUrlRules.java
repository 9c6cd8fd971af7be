package vn.congvu.personnel.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.congvu.shared.web.UrlRules;

/** Records, imports and corrections are written by Home Affairs and unit HR (in their scope, which the services check); one's own contacts and corrections lie under {@code /api/v1/me}. */
@Component
class PersonnelUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		UrlRules.writesBy(requests, new String[] { "HOME_AFFAIRS", "UNIT_HR" }, "/api/v1/officials/**",
				"/api/v1/imports/**", "/api/v1/corrections/**");
	}

	/** The pages that record decisions and enrol people: Home Affairs and unit HR, as the API. */
	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/officials/*/actions/**", "/officials/new", "/officials/due/decision")
			.hasAnyRole("HOME_AFFAIRS", "UNIT_HR");
		requests.requestMatchers("/units/*/staff", "/units/*/staff.xlsx").hasAnyRole("HOME_AFFAIRS", "UNIT_HR", "LEADER");
		UrlRules.writesBy(requests, new String[] { "HOME_AFFAIRS", "UNIT_HR" }, "/officials/*/attachments/**");
	}

}
