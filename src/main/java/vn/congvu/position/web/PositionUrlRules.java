package vn.congvu.position.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.congvu.shared.web.UrlRules;

/**
 * A unit's job-position schemes lie under the unit's path, which only restructurers change: this rule comes first and
 * lets Home Affairs and unit HR write and every signed-in account read through to the position module, which checks
 * role and scope itself.
 */
@Component
class PositionUrlRules implements UrlRules {

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		UrlRules.writesBy(requests, new String[] { "HOME_AFFAIRS", "UNIT_HR" }, "/api/v1/units/*/position-schemes",
				"/api/v1/position-schemes/**");
		requests.requestMatchers("/api/v1/units/*/position-schemes").authenticated();
	}

}
