package vn.congvu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.DecisionRef;

/** The audit log is append-only for the application's database role, and every write leaves rows in it. */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class AuditIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	UnitDirectory directory;

	@Test
	void applicationRoleCannotUpdateDeleteOrTruncateAuditRows() {
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event").query(Long.class).single()).isPositive();
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit.audit_event SET actor = 'forger'").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.audit_event").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.audit_event").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.access_log").update())
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE actor = 'forger'").query(Long.class).single())
			.isZero();
	}

	@Test
	void applicationRoleIsNeitherSuperuserNorOwner() {
		var user = jdbc.sql("SELECT current_user").query(String.class).single();
		var superuser = jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class)
			.single();
		var owner = jdbc.sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'audit' AND tablename = 'audit_event'")
			.query(String.class)
			.single();
		assertThat(superuser).isFalse();
		assertThat(owner).isNotEqualTo(user);
	}

	@Autowired
	org.flywaydb.core.Flyway flyway;

	@Test
	void migrationsRunAsTheOwnerWhichIsNoSuperuser() {
		var owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
		var user = owner.sql("SELECT current_user").query(String.class).single();
		assertThat(owner.sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'audit' AND tablename = 'audit_event'")
			.query(String.class)
			.single()).isEqualTo(user);
		assertThat(owner.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single())
			.as(user + " is a superuser")
			.isFalse();
	}

	@Test
	void everyRestructuringLeavesAuditRowsWithBeforeAndAfter() {
		long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit.audit_event").query(Long.class).single();
		var date = LocalDate.of(2026, 1, 15);
		var caMau = directory.unitsAsOf(date).stream().filter(u -> u.type() == UnitType.PROVINCE && "96".equals(u.code())).findFirst().orElseThrow();
		var decision = new DecisionRef("15/QĐ-UBND", LocalDate.of(2026, 1, 10), "UBND tỉnh Cà Mau");
		var created = restructuring.create(new UnitRestructuring.CreateUnit(
				new UnitRestructuring.NewUnit(null, "Trung tâm Phục vụ hành chính công", UnitType.PUBLIC_SERVICE_UNIT,
						caMau.id()),
				date, decision, null));
		long unitId = created.createdUnitIds().get(0);
		restructuring.amend(new UnitRestructuring.AmendUnit(unitId, "Trung tâm Phục vụ hành chính công tỉnh", null,
				null, null, date.plusMonths(1), decision, null));
		var rows = jdbc.sql("""
				SELECT entity, action, before_state::text AS b, after_state::text AS a FROM audit.audit_event
				WHERE id > :before ORDER BY id""").param("before", before).query().listOfRows();
		assertThat(rows).extracting(r -> r.get("entity") + "/" + r.get("action"))
			.contains("OrganizationalUnit/INSERT", "UnitVersion/INSERT", "Restructuring/INSERT",
					"Restructuring.UnitChange/INSERT", "UnitVersion/UPDATE");
		assertThat(rows).filteredOn(r -> "UnitVersion/UPDATE".equals(r.get("entity") + "/" + r.get("action")))
			.anySatisfy(r -> {
				assertThat((String) r.get("b")).contains("\"validTo\": null");
				assertThat((String) r.get("a")).contains("\"validTo\": \"2026-02-15\"");
			});
	}

}
