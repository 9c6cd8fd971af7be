package vn.congvu.recruitment.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.congvu.shared.web.UrlRules;

/** Drives, applications, marks and probations are written by Home Affairs and unit HR; leaders read them. */
@Component
class RecruitmentUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		UrlRules.writesBy(requests, new String[] { "HOME_AFFAIRS", "UNIT_HR" }, "/api/v1/recruitment/**");
	}

}
