package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitRestructuring;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;
import vn.congvu.shared.SystemWork;

/**
 * The personnel module with only what it depends on (no demo, no processes, no reports): enrolling and recording
 * publish their events for other modules, and a refused decision publishes nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Tag("database")
class PersonnelModuleTests {

	static final DecisionRef DECISION = new DecisionRef("7/QĐ-UBND", LocalDate.of(2024, 12, 20), "UBND tỉnh");

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelRecords records;

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	ApplicationContext context;

	private long commune(String code) {
		return vn.congvu.TestUnits.provinceAndCommune(restructuring, "9" + code, "thử " + code, LocalDate.of(2020, 1, 1))
			.commune();
	}

	@Test
	void onlyWhatPersonnelNeedsIsStarted() {
		assertThat(context.getBeanNamesForType(PersonnelRegistry.class)).hasSize(1);
		assertThat(context.containsBean("demoProvince")).as("no demo").isFalse();
		assertThat(context.getBeanNamesForType(vn.congvu.shared.indicator.Indicator.class))
			.as("no figures of the modules that depend on personnel")
			.noneMatch(name -> java.util.List.of("recruitment", "promotion", "staffing", "reporting", "demo")
				.contains(context.getType(name).getPackageName().replaceFirst("^vn\\.congvu\\.([a-z]+).*$", "$1")));
	}

	@Test
	void enrolmentAndDecisionsPublishTheirEvents(PublishedEvents events) {
		long unit = commune("1");
		var official = SystemWork.call("test", () -> registry.enrol(new PersonnelRegistry.EnrolOfficial("096090100001",
				"Trần Văn Sự Kiện", LocalDate.of(1990, 1, 1), false, Sex.MALE, "01", unit,
				Category.CIVIL_SERVANT, "01.003", 1, LocalDate.of(2025, 1, 2), DECISION, null, false)));
		SystemWork.run("test", () -> registry.record(official.id(), PersonnelRegistry.RecordAction.of(
				ActionKind.END_OF_PROBATION, LocalDate.of(2026, 1, 2), DECISION)));
		assertThat(events.ofType(OfficialEnrolled.class).matching(e -> e.officialId() == official.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.kind()).isEqualTo(ActionKind.RECRUITMENT);
				assertThat(e.startDate()).isEqualTo(LocalDate.of(2025, 1, 2));
				assertThat(e.unitId()).isEqualTo(unit);
			});
		assertThat(events.ofType(PersonnelActionRecorded.class).matching(e -> e.officialId() == official.id()))
			.extracting(PersonnelActionRecorded::kind)
			.containsExactly(ActionKind.RECRUITMENT, ActionKind.END_OF_PROBATION);
	}

	@Test
	void aRefusedDecisionPublishesNothing(PublishedEvents events) {
		long unit = commune("2");
		// past the retirement date (01/01/2021 for a man born 10/12/1960): refused, nobody enrolled, nothing published
		assertThatThrownBy(() -> SystemWork.run("test", () -> registry.enrol(new PersonnelRegistry.EnrolOfficial(
				"096060100002", "Trần Văn Quá Tuổi", LocalDate.of(1960, 12, 10), false, Sex.MALE, "01", unit,
				Category.CIVIL_SERVANT, "01.003", 1, LocalDate.of(2026, 10, 30), DECISION, null, false))))
			.isInstanceOf(CareerRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageCode", "personnel.age.pastRetirement");
		assertThat(records.officialIdByCitizenId("096060100002")).isEmpty();
		assertThat(events.ofType(OfficialEnrolled.class).matching(e -> e.unitId() == unit)).isEmpty();
	}

}
