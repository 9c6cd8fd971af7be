package vn.congvu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.identity.AccountAdministration;
import vn.congvu.identity.AccountAdministration.CreateAccount;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.shared.Role;

/**
 * On first start with no organisation units, loads the demo province and its demo accounts, all in one transaction
 * (a crash half-way leaves nothing, and the next start loads it again). Several nodes starting together load it once.
 */
@Component
@Conditional(DemoModeCondition.class)
@Order(20)
class DemoProvince implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

	/** The demo accounts: user name, display name, role, key of the scope unit in the organisation file. */
	record DemoAccount(String username, String displayName, Role role, String scopeKey) {
	}

	static final String PASSWORD = "Demo@2021!";

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("demo.quantri", "Quản trị viên (demo)", Role.SYSTEM_ADMIN, ""),
			new DemoAccount("demo.sonoivu", "Chuyên viên Sở Nội vụ (demo)", Role.HOME_AFFAIRS, "CM"),
			new DemoAccount("demo.nhansu", "Cán bộ tổ chức Phường Bạc Liêu (demo)", Role.UNIT_HR, "N31825"),
			new DemoAccount("demo.lanhdao", "Lãnh đạo UBND tỉnh (demo)", Role.LEADER, "CM"),
			new DemoAccount("demo.congchuc", "Công chức Phường Bạc Liêu (demo)", Role.OFFICIAL, "N31825"));

	private final UnitRestructuring restructuring;

	private final AccountAdministration accounts;

	private final JdbcClient jdbc;

	DemoProvince(UnitRestructuring restructuring, AccountAdministration accounts, JdbcClient jdbc) {
		this.restructuring = restructuring;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('congvu.demo-province'))").query().singleRow();
		long existing = jdbc.sql("SELECT count(*) FROM organization.unit").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		long started = System.nanoTime();
		Map<String, Long> units;
		try {
			units = new DemoOrganization(restructuring).load();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (var account : ACCOUNTS) {
			accounts.provision(new CreateAccount(account.username(), account.displayName(), PASSWORD, account.role(),
					account.scopeKey().isEmpty() ? null : units.get(account.scopeKey())));
		}
		log.info("Demo province loaded: {} units in {} ms", units.size(), (System.nanoTime() - started) / 1_000_000);
	}

}
