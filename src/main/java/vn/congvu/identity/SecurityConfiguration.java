package vn.congvu.identity;

import java.io.IOException;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.shared.ProblemTypes;
import vn.congvu.shared.web.ProblemFactory;
import vn.congvu.shared.web.UrlRules;

/**
 * Two ways in. The API ({@code /api/**}, {@code /actuator/**}) takes HTTP Basic on every request, keeps no session and
 * answers 401/403 as problem details. Pages take a form login with a session (stored in PostgreSQL, 30 idle minutes),
 * CSRF tokens on every form, and Spring Security's default headers. Both check passwords through the one
 * {@link AccountAuthenticationProvider} bean (registered globally, once: registering it per chain as well would count
 * each failure twice), so the lockout holds on either path.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] RESTRUCTURERS = { "SYSTEM_ADMIN", "HOME_AFFAIRS" };

	/**
	 * No observation of each security filter, authorization and authentication: with the actuator's registry present,
	 * Spring Security wraps each of its fifteen filters in an observation of its own, about a tenth of the CPU a record
	 * page took under load (issue 19). The request itself is still observed (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemFactory problems, JsonMapper json, List<UrlRules> modules)
			throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"CongVu\", charset=\"UTF-8\"");
			write(response, json, problems.create(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
					"problem.unauthenticated"));
		};
		AccessDeniedHandler denied = (request, response, ex) -> write(response, json,
				problems.create(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "problem.forbidden"));
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
					.requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
					.requestMatchers("/api/v1/accounts/**").hasAnyRole(RESTRUCTURERS);
				// each module's own rules (UrlRules), in their order
				ordered(modules).forEach(rules -> rules.api(requests));
				requests.anyRequest().authenticated();
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(denied))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// No cookie authenticates an API call, so there is nothing for a forged cross-site request to ride on.
			.csrf(csrf -> csrf.disable());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<UrlRules> modules) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
					"/error/**")
				.permitAll()
				.requestMatchers("/admin/**").hasAnyRole(RESTRUCTURERS);
			ordered(modules).forEach(rules -> rules.pages(requests));
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> { })
			.exceptionHandling(handling -> handling.accessDeniedPage("/error/403"));
		headers(http);
		return http.build();
	}

	/**
	 * Scripts only from the application itself, never inline (the pages have none; the dashboard's figures travel as
	 * a JSON block, which is data); styles may be inline (a few widths and heights in the pages, htmx's indicator);
	 * no framing, no plug-ins, forms posting only here. No referrer leaves the site with a record's address in it; the
	 * browser's camera, microphone, location and payment are not offered to the pages.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(
					org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
	}

	private static List<UrlRules> ordered(List<UrlRules> modules) {
		return modules.stream().sorted(java.util.Comparator.comparingInt(UrlRules::order)).toList();
	}

	private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), ProblemFactory.asMap(problem));
	}

}
