package vn.congvu.promotion.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.congvu.shared.web.UrlRules;

/** Promotion rounds are written by Home Affairs and unit HR; leaders read them. */
@Component
class PromotionUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		UrlRules.writesBy(requests, new String[] { "HOME_AFFAIRS", "UNIT_HR" }, "/api/v1/promotion/**");
	}

}
