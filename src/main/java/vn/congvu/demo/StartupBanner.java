package vn.congvu.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to go and how to sign in. */
@Component
@Conditional(DemoModeCondition.class)
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	StartupBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		var lines = new StringBuilder();
		lines.append("\n\n  CôngVụ (demo province Bạc Liêu) is running at http://localhost:").append(port).append("/\n");
		lines.append("  Demo logins (password ").append(DemoProvince.PASSWORD).append(" for each):\n");
		for (var account : DemoProvince.ACCOUNTS) {
			lines.append(String.format("    %-14s %s%n", account.username(), account.role()));
		}
		lines.append("  The operator account 'admin' has the password from CONGVU_ADMIN_PASSWORD, or the one printed at first start.\n");
		log.info(lines.toString());
	}

}
