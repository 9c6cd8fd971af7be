package vn.congvu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congvu.catalog.RankView;
import vn.congvu.organization.StaffingQuotaView;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.EmploymentStatus;
import vn.congvu.personnel.Workforce.DegreeHeld;
import vn.congvu.personnel.Workforce.Member;
import vn.congvu.position.JobPosition;
import vn.congvu.position.PositionGroup;
import vn.congvu.position.RankShare;
import vn.congvu.position.SchemeStatus;
import vn.congvu.position.SchemeView;
import vn.congvu.shared.DecisionRef;

/**
 * Each staffing rule catching its violation, and a clean unit passing every rule. Ranks and levels are the catalog's
 * (Circular 2/2021/TT-BNV and Decree 204/2004/NĐ-CP, DOMAIN §1.2); the dates are those of Law 80/2025 and its
 * transition.
 */
class StaffingRulesTests {

	static final LocalDate Y2021 = LocalDate.of(2021, 6, 30);

	static final Map<String, RankView> RANKS = Map.of(
			"01.001", rank("01.001", "Chuyên viên cao cấp", "CIVIL_SERVANT_RANK", "SENIOR", "A3.1"),
			"01.002", rank("01.002", "Chuyên viên chính", "CIVIL_SERVANT_RANK", "PRINCIPAL", "A2.1"),
			"01.003", rank("01.003", "Chuyên viên", "CIVIL_SERVANT_RANK", "SPECIALIST", "A1"),
			"04.024", rank("04.024", "Thanh tra viên chính", "CIVIL_SERVANT_RANK", "PRINCIPAL", "A2.1"),
			"V.08.01.02", rank("V.08.01.02", "Bác sĩ chính (hạng II)", "PUBLIC_EMPLOYEE_TITLE", "PRINCIPAL", "A2.1"));

	static final StaffingRules.Reference REFERENCE = new StaffingRules.Reference(
			code -> Optional.ofNullable(RANKS.get(code)), List.of("TSKH", "TS", "THS", "DH", "CD", "TC", "SC", "NONE"),
			List.of("CN", "CC", "TC", "SC", "NONE"), List.of("CVCC", "CVC", "CV", "CS", "NONE"), BigDecimal.TEN);

	static RankView rank(String code, String name, String kind, String level, String scale) {
		return new RankView(code, name, kind, level, scale, LocalDate.of(2004, 10, 1), null, "test", "V");
	}

	static JobPosition position(String code, PositionGroup group, String rank, int headcount) {
		return new JobPosition(code, "Vị trí " + code, group, rank, "DH", "Luật; Hành chính", null, null, false, false,
				headcount, false, null, null);
	}

	static long nextId = 1;

	static Member member(String rank, String position, String major) {
		return new Member(1, nextId++, "Người " + nextId, "k" + nextId, 1, Category.CIVIL_SERVANT,
				EmploymentStatus.WORKING, rank, position, LocalDate.of(2015, 1, 1), List.of(), "DH",
				List.of(new DegreeHeld("DH", major, 2010)), "TC", "CV", "Tiếng Anh B1", "Cơ bản");
	}

	static SchemeView scheme(List<JobPosition> positions, List<RankShare> shares) {
		return new SchemeView(9, 1, "Sở Thử", 2, null, SchemeStatus.APPROVED, "Đề án", LocalDate.of(2021, 1, 1), null,
				"hr", Instant.EPOCH, "hr", Instant.EPOCH, null, new DecisionRef("1/QĐ-UBND", LocalDate.of(2021, 1, 1),
						"UBND tỉnh"), "Chủ tịch", "ha", Instant.EPOCH, positions, shares, 0);
	}

	/** A clean unit: a principal specialist leading, three specialists in a position of three, shares as held. */
	static List<Member> cleanPeople() {
		var people = new ArrayList<Member>();
		people.add(member("01.002", "LD01", "Luật kinh tế"));
		people.add(member("01.003", "CV01", "Hành chính học"));
		people.add(member("01.003", "CV01", "Luật"));
		people.add(member("01.003", "CV01", "Luật hành chính"));
		return people;
	}

	static final List<JobPosition> POSITIONS = List.of(position("LD01", PositionGroup.LEADERSHIP, "01.002", 1),
			position("CV01", PositionGroup.PROFESSIONAL, "01.003", 3));

	static final List<RankShare> SHARES = List.of(new RankShare("PRINCIPAL", new BigDecimal("25.00")),
			new RankShare("SPECIALIST", new BigDecimal("75.00")));

	static List<Violation> judge(SchemeView scheme, List<Member> people, StaffingQuotaView quota, LocalDate date) {
		return StaffingRules.judge(new StaffingRules.Facts(1, "Sở Thử", date, scheme, people, quota), REFERENCE);
	}

	static List<ComplianceRule> rules(List<Violation> violations) {
		return violations.stream().map(Violation::rule).toList();
	}

	@Test
	void aCleanUnitPassesEveryRule() {
		var quota = new StaffingQuotaView(1, 2021, 4, 0, new DecisionRef("2/QĐ-UBND", Y2021, "UBND tỉnh"), 0);
		assertThat(judge(scheme(POSITIONS, SHARES), cleanPeople(), quota, Y2021)).isEmpty();
	}

	@Test
	void peopleWithoutAnApprovedSchemeAreAViolationAndNobodyIsNone() {
		assertThat(rules(StaffingRules.judge(new StaffingRules.Facts(1, "Sở Thử", Y2021, null, cleanPeople(), null),
				REFERENCE))).containsExactly(ComplianceRule.NO_APPROVED_SCHEME);
		assertThat(StaffingRules.judge(new StaffingRules.Facts(1, "Sở Thử", Y2021, null, List.of(), null), REFERENCE))
			.isEmpty();
	}

	@Test
	void someoneWithoutAPositionOfTheSchemeIsCaught() {
		var people = cleanPeople();
		var stray = member("01.003", "CV99", "Luật");
		people.set(3, stray);
		var violations = judge(scheme(POSITIONS, SHARES), people, null, Y2021);
		assertThat(rules(violations)).containsExactly(ComplianceRule.NO_POSITION);
		assertThat(violations.get(0).officialIds()).containsExactly(stray.officialId());
		// a cadre (elected post) is not placed by the scheme
		var cadre = new Member(1, nextId++, "Cán bộ", "c", 1, Category.CADRE, EmploymentStatus.WORKING, "01.003", null,
				null, List.of(), "DH", List.of(), null, null, null, null);
		var withCadre = cleanPeople();
		withCadre.add(cadre);
		assertThat(judge(scheme(POSITIONS, SHARES), withCadre, null, Y2021)).isEmpty();
	}

	@Test
	void aSpecialistInAPrincipalSpecialistPositionIsCaughtAndAnEquivalentRankIsNot() {
		var positions = List.of(position("LD01", PositionGroup.LEADERSHIP, "01.002", 1),
				position("CV01", PositionGroup.PROFESSIONAL, "01.003", 3),
				position("CVC01", PositionGroup.PROFESSIONAL, "01.002", 2));
		var people = cleanPeople();
		var specialist = member("01.003", "CVC01", "Luật");
		people.add(specialist);
		people.add(member("04.024", "CVC01", "Luật"));
		var violations = judge(scheme(positions, List.of()), people, null, Y2021);
		assertThat(rules(violations)).containsExactly(ComplianceRule.RANK_MISMATCH);
		assertThat(violations.get(0).officialIds()).containsExactly(specialist.officialId());
		assertThat(violations.get(0).figures()).containsEntry("requiredRank", "01.002");
	}

	@ParameterizedTest(name = "{0} in a {1} position requiring {2}: {3}")
	@CsvSource({ "01.002, PROFESSIONAL, 01.002, true", "04.024, PROFESSIONAL, 01.002, true",
			"01.003, PROFESSIONAL, 01.002, false", "01.001, PROFESSIONAL, 01.002, false",
			"01.001, LEADERSHIP, 01.002, true", "01.003, LEADERSHIP, 01.002, false",
			"V.08.01.02, PROFESSIONAL, 01.002, false" })
	void aRankFitsAPositionOfItsLevelOrAtLeastItsLevelForLeaders(String held, PositionGroup group, String required,
			boolean fits) {
		assertThat(StaffingRules.matches(Optional.ofNullable(RANKS.get(held)), RANKS.get(required), group))
			.isEqualTo(fits);
	}

	@ParameterizedTest(name = "on {0}, a position taken up on {1}: mismatch counts {2}")
	@CsvSource({ "2021-06-30, 2015-01-01, true", "2025-06-30, 2025-06-01, true", "2025-07-01, 2025-06-30, false",
			"2026-11-27, 2020-01-01, false", "2026-11-27, 2025-07-01, true", "2026-11-27, , false",
			"2027-07-01, 2020-01-01, true" })
	void existingCivilServantsHaveUntilJuly2027ToBePlacedInAPositionOfTheirRank(LocalDate date, LocalDate since,
			boolean counts) {
		assertThat(StaffingRules.rankMismatchCounts(date, since)).isEqualTo(counts);
	}

	@Test
	void aMissingDegreeMajorOrCertificateIsCaughtAndTheStateManagementCertificateOnlyBefore2025() {
		var demanding = List.of(position("LD01", PositionGroup.LEADERSHIP, "01.002", 1),
				new JobPosition("CV01", "Vị trí CV01", PositionGroup.PROFESSIONAL, "01.003", "THS", "Luật", "CVC", "CC",
						true, true, 3, false, null, null));
		var holder = member("01.003", "CV01", "Luật");
		var report = StaffingRulesTests.judge(scheme(demanding, List.of()), List.of(holder), null, Y2021);
		assertThat(rules(report)).containsExactly(ComplianceRule.QUALIFICATION);
		assertThat(StaffingRules.gaps(demanding.get(1), holder, Y2021, REFERENCE))
			.containsExactly("DEGREE", "MAJOR", "POLITICAL_THEORY", "STATE_MANAGEMENT");
		// from 1 July 2025 the rank-based state-management certificates no longer count (Decree 171/2025)
		assertThat(StaffingRules.gaps(demanding.get(1), holder, LocalDate.of(2025, 7, 1), REFERENCE))
			.containsExactly("DEGREE", "MAJOR", "POLITICAL_THEORY");
		var qualified = new Member(1, nextId++, "Đủ", "d", 1, Category.CIVIL_SERVANT, EmploymentStatus.WORKING, "01.003",
				"CV01", LocalDate.of(2015, 1, 1), List.of(), "THS",
				List.of(new DegreeHeld("THS", "Luật học", 2018), new DegreeHeld("DH", "Kế toán", 2008)), "CC", "CVC",
				"Tiếng Anh B2", "Ứng dụng CNTT cơ bản");
		assertThat(StaffingRules.gaps(demanding.get(1), qualified, Y2021, REFERENCE)).isEmpty();
		// a degree counts from the year it was obtained
		assertThat(StaffingRules.gaps(demanding.get(1), qualified, LocalDate.of(2017, 6, 30), REFERENCE))
			.containsExactly("DEGREE", "MAJOR");
		var unskilled = new Member(1, nextId++, "Thiếu", "t", 1, Category.CIVIL_SERVANT, EmploymentStatus.WORKING,
				"01.003", "CV01", LocalDate.of(2015, 1, 1), List.of(), "THS", List.of(new DegreeHeld("THS", "Luật", 2018)),
				"CC", "CVC", " ", null);
		assertThat(StaffingRules.gaps(demanding.get(1), unskilled, Y2021, REFERENCE))
			.containsExactly("FOREIGN_LANGUAGE", "IT");
	}

	@Test
	void aPositionOverItsHeadcountIsCaught() {
		var people = cleanPeople();
		people.add(member("01.003", "CV01", "Luật"));
		var violations = judge(scheme(POSITIONS, List.of()), people, null, Y2021);
		assertThat(rules(violations)).containsExactly(ComplianceRule.OVER_HEADCOUNT);
		assertThat(violations.get(0).figures()).containsEntry("headcount", 3).containsEntry("holders", 4);
	}

	@Test
	void aSecondPositionIsAViolationUnlessTheSchemeAllowsItAsAConcurrentPost() {
		var positions = new ArrayList<>(POSITIONS);
		positions.add(new JobPosition("VT01", "Văn thư", PositionGroup.SUPPORT, null, null, null, null, null, false,
				false, 1, true, null, null));
		positions.add(new JobPosition("KT01", "Kế toán", PositionGroup.SHARED_PROFESSIONAL, "01.003", null, null, null,
				null, false, false, 1, false, null, null));
		var people = cleanPeople();
		var allowed = people.get(1);
		people.set(1, withConcurrent(allowed, List.of("VT01")));
		assertThat(judge(scheme(positions, List.of()), people, null, Y2021)).isEmpty();
		var notAllowed = people.get(2);
		people.set(2, withConcurrent(notAllowed, List.of("KT01")));
		var violations = judge(scheme(positions, List.of()), people, null, Y2021);
		assertThat(rules(violations)).containsExactly(ComplianceRule.SECOND_POSITION);
		assertThat(violations.get(0).officialIds()).containsExactly(notAllowed.officialId());
	}

	static Member withConcurrent(Member m, List<String> codes) {
		return new Member(m.group(), m.officialId(), m.fullName(), m.sortKey(), m.unitId(), m.category(), m.status(),
				m.rankCode(), m.positionCode(), m.positionSince(), codes, m.professionalLevel(), m.degrees(),
				m.politicalTheory(), m.stateManagement(), m.foreignLanguage(), m.itSkill());
	}

	@Test
	void aRankStructureBeyondTheToleranceIsCaught() {
		// 1 principal of 4 = 25%: on target; with shares of 5% principal the unit strays by 20 points
		var strict = List.of(new RankShare("PRINCIPAL", new BigDecimal("5.00")),
				new RankShare("SPECIALIST", new BigDecimal("95.00")));
		var violations = judge(scheme(POSITIONS, strict), cleanPeople(), null, Y2021);
		assertThat(rules(violations)).containsExactly(ComplianceRule.RANK_STRUCTURE);
		assertThat(violations.get(0).officialIds()).hasSize(1);
		@SuppressWarnings("unchecked")
		var levels = (Map<String, Map<String, Object>>) violations.get(0).figures().get("levels");
		assertThat(levels.get("PRINCIPAL")).containsEntry("actualPct", new BigDecimal("25.00"))
			.containsEntry("count", 1);
		// within 10 points: 25% against 20% passes
		var loose = List.of(new RankShare("PRINCIPAL", new BigDecimal("20.00")),
				new RankShare("SPECIALIST", new BigDecimal("80.00")));
		assertThat(judge(scheme(POSITIONS, loose), cleanPeople(), null, Y2021)).isEmpty();
	}

	@Test
	void aHeadcountOverTheYearsQuotaIsCaught() {
		var quota = new StaffingQuotaView(1, 2021, 3, 0, new DecisionRef("2/QĐ-UBND", Y2021, "UBND tỉnh"), 0);
		var violations = judge(scheme(POSITIONS, SHARES), cleanPeople(), quota, Y2021);
		assertThat(rules(violations)).containsExactly(ComplianceRule.OVER_QUOTA);
		assertThat(violations.get(0).arguments()).containsExactly(2021, 4L, 3, 0L, 0);
	}

}
