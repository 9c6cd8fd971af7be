package vn.congvu.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo has accounts with published passwords, so in demo mode the server listens on this machine only
 * ({@code server.address=127.0.0.1}) unless an address is configured explicitly.
 */
class DemoLoopbackBinding implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (DemoModeCondition.demo(environment) && !environment.containsProperty("server.address")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("congvu-demo-loopback", Map.of("server.address", "127.0.0.1")));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
