package vn.congvu.reporting.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.congvu.shared.web.UrlRules;

/** Reports are issued by Home Affairs, unit HR and leaders; the other roles only read what they may. */
@Component
class ReportingUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		UrlRules.writesBy(requests, new String[] { "HOME_AFFAIRS", "UNIT_HR", "LEADER" }, "/api/v1/reports/**");
	}

}
