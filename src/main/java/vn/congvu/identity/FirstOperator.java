package vn.congvu.identity;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.identity.AccountAdministration.CreateAccount;
import vn.congvu.shared.Role;

/**
 * At first start the operator account {@code admin} is created. Its password comes from {@code CONGVU_ADMIN_PASSWORD}
 * (setting {@code congvu.admin.password}); without it a random one is generated and printed once, here. There is no
 * fixed default. Several nodes starting together create it once (an advisory lock serialises them).
 */
@Component
@Order(10)
class FirstOperator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstOperator.class);

	static final String USERNAME = "admin";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final JdbcClient jdbc;

	private final String configuredPassword;

	FirstOperator(Accounts accounts, AccountAdministration administration, JdbcClient jdbc,
			@Value("${congvu.admin.password:}") String configuredPassword) {
		this.accounts = accounts;
		this.administration = administration;
		this.jdbc = jdbc;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('congvu.first-operator'))").query().singleRow();
		if (accounts.findByUsername(USERNAME).isPresent()) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		var password = generated ? generate() : PasswordPolicy.check(configuredPassword, USERNAME, "password");
		administration.provision(new CreateAccount(USERNAME, "Quản trị hệ thống", password, Role.SYSTEM_ADMIN,
				null));
		if (generated) {
			log.warn("""

					==============================================================
					  First start: operator account created
					    user name: {}
					    password:  {}
					  Shown this once. Set CONGVU_ADMIN_PASSWORD to choose it.
					==============================================================""", USERNAME, password);
		}
		else {
			log.info("Operator account '{}' created with the password from CONGVU_ADMIN_PASSWORD", USERNAME);
		}
	}

	private static String generate() {
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.append('7').toString();
	}

}
