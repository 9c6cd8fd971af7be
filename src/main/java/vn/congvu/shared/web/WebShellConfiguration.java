package vn.congvu.shared.web;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The web shell: pages speak Vietnamese unless the user switched to English ({@code ?lang=en}, remembered in a
 * cookie).
 */
@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

	/** The time zone of dates in the province (Indochina Time). */
	static final ZoneId PROVINCE_ZONE = vn.congvu.shared.ProvinceClock.ZONE;

	/**
	 * Uploads the servlet container keeps on disk while a request lasts (imports, mark sheets) go to the private folder
	 * ({@link vn.congvu.shared.PrivateFiles}), not to the container's folder that every user of the host can list; the
	 * sizes are {@code spring.servlet.multipart.*}.
	 */
	@Bean
	jakarta.servlet.MultipartConfigElement multipartConfigElement(
			org.springframework.boot.servlet.autoconfigure.MultipartProperties properties,
			vn.congvu.shared.PrivateFiles files) {
		var config = properties.createMultipartConfig();
		return new jakarta.servlet.MultipartConfigElement(files.folder().toString(), config.getMaxFileSize(),
				config.getMaxRequestSize(), config.getFileSizeThreshold());
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("congvu-lang");
		resolver.setDefaultLocale(ProblemFactory.VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * Static files: only our stylesheet and script folders and the WebJars (versionless URLs resolved by the WebJars locator).
	 * Spring Boot's default catch-all {@code /**} handler is off ({@code spring.web.resources.add-mappings=false}):
	 * with it, every link a page builds ({@code @{/officials/1}}) was looked up as a classpath resource inside the
	 * jar, three quarters of a record page's time.
	 */
	@Override
	public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
	}

	/**
	 * No rewriting of links to static files: nothing is served under a versioned name, yet the filter Boot adds with
	 * a resource chain looked every link of every page up among the resource handlers (a tenth of a page's render).
	 */
	@org.springframework.context.annotation.Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
				new org.springframework.web.servlet.resource.ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	static boolean isSupported(Locale locale) {
		return "vi".equals(locale.getLanguage()) || "en".equals(locale.getLanguage());
	}

}
