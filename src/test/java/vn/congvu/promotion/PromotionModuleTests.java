package vn.congvu.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestCallers;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Role;
import vn.congvu.shared.Sex;
import vn.congvu.shared.SystemWork;

/**
 * The promotion module with only what it depends on (personnel, positions, the catalog, the organisation; no demo,
 * no recruitment, no reports): a rank exam of 2021 judged from the records, scored, published and decided, the rank
 * changes written into the records; a nominee takes no step of their own round.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Tag("database")
class PromotionModuleTests {

	static final DecisionRef DECISION = new DecisionRef("3/QĐ-UBND", LocalDate.of(2010, 1, 1), "UBND tỉnh");

	@Autowired
	PromotionDesk desk;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelRecords records;

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyWhatPromotionNeedsIsStarted() {
		assertThat(context.getBeanNamesForType(PromotionDesk.class)).hasSize(1);
		assertThat(context.containsBean("demoProvince")).isFalse();
		assertThat(context.getBeanNamesForType(vn.congvu.reporting.ReformReport.class)).isEmpty();
	}

	@Test
	void aRankExamOf2021IsJudgedScoredAndDecidedIntoTheRecords() {
		long[] people = SystemWork.call("test", () -> new long[] {
				specialist("096080700001", "Võ Văn Một", "2010-01-04"),
				specialist("096080700002", "Võ Văn Hai", "2010-01-04"),
				specialist("096080700003", "Võ Văn Trẻ", "2016-03-01") });
		TestCallers.signIn(new Caller(9701, "ha.promotion", Role.HOME_AFFAIRS, province));
		var exam = desk.create(new PromotionDesk.NewExam(province, "Thi nâng ngạch chuyên viên chính năm 2021", "01.002",
				LocalDate.of(2021, 4, 15), 1));
		assertThat(exam.path()).isEqualTo(PromotionPath.RANK_EXAM);
		var nominated = desk.nominate(exam.id(), List.of(people[0], people[1], people[2]));
		assertThat(nominated).extracting(NominationView::eligible).containsExactly(true, true, false);
		desk.closeNominations(exam.id());
		desk.mark(exam.id(), List.of(new PromotionDesk.Mark(people[0], false, new BigDecimal("81"), null, null, null),
				new PromotionDesk.Mark(people[1], false, new BigDecimal("70.5"), null, null, null)));
		desk.publish(exam.id(), LocalDate.of(2021, 5, 10), null);
		assertThat(desk.nominations(exam.id())).extracting(NominationView::verdict)
			.containsExactlyInAnyOrder(PromotionRanking.Verdict.PASSED, PromotionRanking.Verdict.OUTSIDE_QUOTA,
					PromotionRanking.Verdict.INELIGIBLE);
		var promoted = desk.decide(exam.id(), new DecisionRef("99/QĐ-UBND", LocalDate.of(2021, 5, 20), "UBND tỉnh"),
				"Chủ tịch", LocalDate.of(2021, 6, 1));
		assertThat(promoted).hasSize(1);
		assertThat(records.employment(people[0], LocalDate.of(2021, 6, 1)).orElseThrow().rankCode()).isEqualTo("01.002");
		assertThat(records.employment(people[1], LocalDate.of(2021, 6, 1)).orElseThrow().rankCode()).isEqualTo("01.003");
		// a Home Affairs officer who is a nominee of the next round takes no step in it
		var next = desk.create(new PromotionDesk.NewExam(province, "Thi nâng ngạch chuyên viên chính năm 2022", "01.002",
				LocalDate.of(2022, 4, 15), 1));
		desk.nominate(next.id(), List.of(people[1]));
		desk.closeNominations(next.id());
		SystemWork.run("test", () -> {
			context.getBean(vn.congvu.identity.AccountAdministration.class).provision(
					new vn.congvu.identity.AccountAdministration.CreateAccount("ha.nominee", "Võ Văn Hai", "Hai@2021pass",
							Role.HOME_AFFAIRS, province));
			registry.linkAccount(people[1], "ha.nominee", records.official(people[1]).orElseThrow().version());
		});
		TestCallers.signIn(new Caller(9702, "ha.nominee", Role.HOME_AFFAIRS, province));
		assertThatThrownBy(() -> desk.mark(next.id(), List.of(new PromotionDesk.Mark(people[1], false,
				new BigDecimal("99"), null, null, null)))).isInstanceOf(ConflictException.class);
	}

	private long province;

	private long commune;

	/** A specialist of a commune of the province since {@code since}, confirmed in the rank after a year. */
	private long specialist(String citizenId, String name, String since) {
		if (commune == 0) {
			var units = vn.congvu.TestUnits.provinceAndCommune(restructuring, "97", "thử nâng ngạch",
					LocalDate.of(2000, 1, 1));
			province = units.province();
			commune = units.commune();
		}
		var official = registry.enrol(new PersonnelRegistry.EnrolOfficial(citizenId, name, LocalDate.of(1980, 1, 1), false,
				Sex.MALE, "01", commune, Category.CIVIL_SERVANT, "01.003", 1, LocalDate.parse(since), DECISION, null,
				false));
		registry.record(official.id(), PersonnelRegistry.RecordAction.of(ActionKind.END_OF_PROBATION,
				LocalDate.parse(since).plusYears(1), DECISION));
		return official.id();
	}

}
