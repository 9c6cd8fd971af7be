package vn.congvu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

	static final String PASSWORD = vn.congvu.identity.AccountAdministration.DEMO_PASSWORD;

	/** The demo population's seed: the same seed, the same people. */
	static final long SEED = 20210630L;

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("demo.quantri", "Quản trị viên (demo)", Role.SYSTEM_ADMIN, ""),
			new DemoAccount("demo.sonoivu", "Chuyên viên Sở Nội vụ (demo)", Role.HOME_AFFAIRS, "CM"),
			new DemoAccount("demo.nhansu", "Cán bộ tổ chức Phường Bạc Liêu (demo)", Role.UNIT_HR, "N31825"),
			new DemoAccount("demo.lanhdao", "Lãnh đạo UBND tỉnh (demo)", Role.LEADER, "CM"),
			new DemoAccount("demo.congchuc", "Công chức Phường Bạc Liêu (demo)", Role.OFFICIAL, "N31825"));

	private final UnitRestructuring restructuring;

	private final AccountAdministration accounts;

	private final JdbcClient jdbc;

	private final vn.congvu.personnel.PopulationWriter population;

	private final vn.congvu.personnel.PersonnelRegistry registry;

	private final vn.congvu.catalog.Catalog catalog;

	private final java.time.Clock clock;

	private final vn.congvu.position.SchemeHistory schemeHistory;

	private final double scale;

	/** The day the demo is loaded as of (ISO date); empty: the clock's today. */
	private final String asOfSetting;

	private final vn.congvu.promotion.PromotionHistory promotionHistory;

	private final vn.congvu.recruitment.DriveHistory driveHistory;

	private final jakarta.persistence.EntityManager entities;

	DemoProvince(UnitRestructuring restructuring, AccountAdministration accounts, JdbcClient jdbc,
			vn.congvu.personnel.PopulationWriter population, vn.congvu.personnel.PersonnelRegistry registry,
			vn.congvu.catalog.Catalog catalog, java.time.Clock clock, vn.congvu.position.SchemeHistory schemeHistory,
			vn.congvu.promotion.PromotionHistory promotionHistory, vn.congvu.recruitment.DriveHistory driveHistory,
			@org.springframework.beans.factory.annotation.Value("${congvu.demo.population-scale:1.0}") double scale,
			@org.springframework.beans.factory.annotation.Value("${congvu.demo.as-of:}") String asOfSetting,
			jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.asOfSetting = asOfSetting;
		this.promotionHistory = promotionHistory;
		this.driveHistory = driveHistory;
		this.schemeHistory = schemeHistory;
		this.restructuring = restructuring;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.population = population;
		this.registry = registry;
		this.catalog = catalog;
		this.clock = clock;
		this.scale = scale;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		vn.congvu.shared.SystemWork.run("demo province", this::load);
	}

	private void load() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('congvu.demo-province'))").query().singleRow();
		long existing = jdbc.sql("SELECT count(*) FROM organization.unit").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		long started = System.nanoTime();
		Map<String, Long> units;
		var organization = new DemoOrganization(restructuring, this::settle);
		try {
			units = organization.load();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (var account : ACCOUNTS) {
			accounts.provision(new CreateAccount(account.username(), account.displayName(), PASSWORD, account.role(),
					account.scopeKey().isEmpty() ? null : units.get(account.scopeKey())));
		}
		var asOf = new DemoAsOf(asOfSetting.isBlank() ? java.time.LocalDate.now(clock)
				: java.time.LocalDate.parse(asOfSetting.strip()), units);
		long organized = System.nanoTime();
		log.info("Demo step 1/8, as of {}: organisation ({} units) in {} ms", asOf.day(), units.size(),
				(organized - started) / 1_000_000);
		// the whole history, to the horizon, whatever the day: the same seed, the same province
		var generator = new DemoPopulation(organization, units, catalog, scale, SEED);
		var everyone = new ArrayList<>(generator.generate());
		long lived = System.nanoTime();
		log.info("Demo step 2/8: {} careers told to {} in {} ms", everyone.size(), DemoPopulation.HORIZON,
				(lived - organized) / 1_000_000);
		var schemes = new DemoSchemes(organization, units, catalog);
		schemes.placeAgainstTheRules(everyone);
		var allVersions = schemes.schemes(everyone);
		long fitted = System.nanoTime();
		log.info("Demo step 3/8: {} scheme versions fitted in {} ms", allVersions.size(), (fitted - lived) / 1_000_000);
		var allDrives = new DemoDrives(organization, units, SEED).drives(everyone, allVersions);
		long generated = System.nanoTime();
		log.info("Demo step 4/8: {} drives and {} promotion rounds of the whole history in {} ms", allDrives.size(),
				generator.exams().size(), (generated - fitted) / 1_000_000);
		// cut at the day
		var kept = asOf.people(everyone);
		var people = kept.people();
		var ids = population.write(people, "demo");
		var everyonesIds = new ArrayList<Long>(everyone.size());
		for (int place : kept.place()) {
			everyonesIds.add(place < 0 ? null : ids.get(place));
		}
		long written = System.nanoTime();
		log.info("Demo step 5/8: {} officials of {} written in {} ms", people.size(), asOf.day(),
				(written - generated) / 1_000_000);
		var versions = asOf.schemes(allVersions);
		int loaded = schemeHistory.load(versions);
		long schemed = System.nanoTime();
		log.info("Demo step 6/8: {} job-position scheme versions loaded in {} ms", loaded, (schemed - written) / 1_000_000);
		var exams = asOf.exams(generator.exams());
		int nominees = promotionHistory.load(exams.stream().map(e -> e.round(units, everyonesIds)).toList());
		long examined = System.nanoTime();
		log.info("Demo step 7/8: {} promotion rounds, {} nominations in {} ms", exams.size(), nominees,
				(examined - schemed) / 1_000_000);
		var drives = asOf.drives(allDrives);
		int applications = driveHistory.load(drives);
		log.info("Demo step 8/8: {} recruitment drives, {} applications in {} ms", drives.size(), applications,
				(System.nanoTime() - examined) / 1_000_000);
		linkTheDemoOfficial(people, ids, units.get("N31825"), asOf.day());
		log.info("Demo province loaded as of {}: {} units, {} officials in {} ms", asOf.day(), units.size(),
				people.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** Flushes what the load wrote so far and empties the session: the demo holds ids, never entities. */
	private void settle() {
		entities.flush();
		entities.clear();
	}

	/** The demo official account sees the record of someone working in its ward today. */
	private void linkTheDemoOfficial(List<vn.congvu.personnel.PopulationWriter.Person> people, List<Long> ids,
			Long ward, java.time.LocalDate today) {
		for (int i = 0; i < people.size(); i++) {
			var career = people.get(i).career();
			var last = career.get(career.size() - 1);
			boolean working = career.stream().noneMatch(s -> s.kind() == vn.congvu.personnel.ActionKind.RETIREMENT
					|| s.kind() == vn.congvu.personnel.ActionKind.RESIGNATION);
			var unit = career.stream().filter(s -> s.unitId() != null).reduce((a, b) -> b).map(s -> s.unitId());
			if (working && unit.isPresent() && unit.get().equals(ward) && last.effectiveDate().isBefore(today)) {
				registry.linkAccount(ids.get(i), "demo.congchuc", 0L);
				return;
			}
		}
	}

}
