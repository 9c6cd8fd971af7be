package vn.congvu.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congvu.personnel.Category;
import vn.congvu.promotion.Eligibility.Status;
import vn.congvu.promotion.EligibilityRules.Facts;
import vn.congvu.promotion.EligibilityRules.RankSpell;
import vn.congvu.shared.InvalidInputException;

/**
 * Who may move up, by the path of the date (DOMAIN §1.1, §3.2, §3.3): the years at the level before a rank exam, the
 * rating, discipline, the certificate of the rank exams before 2025, and the vacancy the council path needs.
 */
class EligibilityRulesTests {

	static final String RANK = "CIVIL_SERVANT_RANK";

	static RankSpell spell(String from, String to, String code, String level) {
		return new RankSpell(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), code, level, RANK);
	}

	static Facts exam(String date, List<RankSpell> spells, Rating rating, String certificate) {
		return new Facts(PromotionPath.RANK_EXAM, LocalDate.parse(date), "PRINCIPAL", spells,
				Optional.ofNullable(rating), null, certificate, null);
	}

	static Status status(Eligibility eligibility, String code) {
		return eligibility.conditions().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().status();
	}

	@Test
	void thePathIsTheExamBefore2025TheCouncilAfterAndTitlePromotionForPublicEmployees() {
		assertThat(PromotionPath.of(Category.CIVIL_SERVANT, LocalDate.of(2021, 4, 15))).isEqualTo(PromotionPath.RANK_EXAM);
		assertThat(PromotionPath.of(Category.CIVIL_SERVANT, LocalDate.of(2025, 6, 30))).isEqualTo(PromotionPath.RANK_EXAM);
		assertThat(PromotionPath.of(Category.CIVIL_SERVANT, LocalDate.of(2025, 7, 1)))
			.isEqualTo(PromotionPath.RANK_COUNCIL);
		assertThat(PromotionPath.RANK_COUNCIL.byExam()).isFalse();
		assertThat(PromotionPath.of(Category.PUBLIC_EMPLOYEE, LocalDate.of(2021, 4, 15)))
			.isEqualTo(PromotionPath.TITLE_PROMOTION);
		// each path from the day its decree took effect; earlier rounds are not judged by later rules
		assertThat(PromotionPath.of(Category.CIVIL_SERVANT, LocalDate.of(2020, 11, 27))).isEqualTo(PromotionPath.RANK_EXAM);
		assertThatThrownBy(() -> PromotionPath.of(Category.CIVIL_SERVANT, LocalDate.of(2020, 11, 26)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PromotionPath.of(Category.PUBLIC_EMPLOYEE, LocalDate.of(2020, 9, 24)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PromotionPath.of(Category.CADRE, LocalDate.of(2021, 4, 15)))
			.isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest(name = "specialist since {0}, exam on 15/04/2021: {1}")
	@CsvSource({ "2012-04-15, MET", "2012-04-16, NOT_MET", "2005-01-01, MET", "2020-06-01, NOT_MET" })
	void nineYearsAsASpecialistBeforeTheExamForPrincipalSpecialist(String since, Status expected) {
		var eligibility = EligibilityRules.judge(exam("2021-04-15", List.of(spell(since, null, "01.003", "SPECIALIST")),
				Rating.GOOD, "CVC"));
		assertThat(status(eligibility, "YEARS")).isEqualTo(expected);
	}

	@Test
	void equivalentRanksCountTowardsTheYearsButTheLastYearIsInTheCurrentRank() {
		// six years as an inspector, then three and a half as a specialist: nine and a half at the level
		var spells = List.of(spell("2011-10-01", "2017-10-01", "04.025", "SPECIALIST"),
				spell("2017-10-01", null, "01.003", "SPECIALIST"));
		assertThat(status(EligibilityRules.judge(exam("2021-04-15", spells, Rating.GOOD, "CVC")), "YEARS"))
			.isEqualTo(Status.MET);
		// nine years at the level, but only six months in the current rank
		var late = List.of(spell("2011-10-01", "2020-10-15", "04.025", "SPECIALIST"),
				spell("2020-10-15", null, "01.003", "SPECIALIST"));
		var eligibility = EligibilityRules.judge(exam("2021-04-15", late, Rating.GOOD, "CVC"));
		assertThat(status(eligibility, "YEARS")).isEqualTo(Status.NOT_MET);
		assertThat(eligibility.eligible()).isFalse();
		// years at another level in between do not count: 3 + 5¼ years at the level are not 9
		var broken = List.of(spell("2008-01-01", "2011-01-01", "01.003", "SPECIALIST"),
				spell("2011-01-01", "2016-01-01", "01.004", "OFFICER"), spell("2016-01-01", null, "01.003", "SPECIALIST"));
		assertThat(status(EligibilityRules.judge(exam("2021-04-15", broken, Rating.GOOD, "CVC")), "YEARS"))
			.isEqualTo(Status.NOT_MET);
	}

	@Test
	void theCurrentRankRunsThroughEveryPeriodOfTheRecordInThatRank() {
		// a record splits a rank into many periods (salary steps, an appointment): the last one began five months
		// before the exam, and the rank fifteen years before; listed in any order
		var spells = new java.util.ArrayList<>(List.of(spell("2005-03-26", "2008-03-26", "01.003", "SPECIALIST"),
				spell("2008-03-26", "2011-03-26", "01.003", "SPECIALIST"),
				spell("2011-03-26", "2015-12-08", "01.003", "SPECIALIST"),
				spell("2015-12-08", "2020-03-26", "01.003", "SPECIALIST"),
				spell("2020-03-26", "2020-12-08", "01.003", "SPECIALIST"),
				spell("2020-12-08", null, "01.003", "SPECIALIST")));
		for (int i = 0; i < 4; i++) {
			java.util.Collections.shuffle(spells, new java.util.Random(i));
			var eligibility = EligibilityRules.judge(exam("2021-03-20", spells, Rating.GOOD, "CVC"));
			assertThat(status(eligibility, "YEARS")).as(spells.toString()).isEqualTo(Status.MET);
		}
	}

	@Test
	void sixYearsAsAPrincipalSpecialistBeforeTheExamForSenior() {
		var spells = List.of(spell("2015-03-01", null, "01.002", "PRINCIPAL"));
		var facts = new Facts(PromotionPath.RANK_EXAM, LocalDate.of(2021, 3, 1), "SENIOR", spells,
				Optional.of(Rating.EXCELLENT), null, "CVCC", null);
		assertThat(EligibilityRules.judge(facts).eligible()).isTrue();
		var early = new Facts(PromotionPath.RANK_EXAM, LocalDate.of(2021, 2, 28), "SENIOR", spells,
				Optional.of(Rating.EXCELLENT), null, "CVCC", null);
		assertThat(status(EligibilityRules.judge(early), "YEARS")).isEqualTo(Status.NOT_MET);
	}

	@Test
	void onlyTheNextLevelUp() {
		var spells = List.of(spell("2005-01-01", null, "01.003", "SPECIALIST"));
		var skip = new Facts(PromotionPath.RANK_EXAM, LocalDate.of(2021, 4, 15), "SENIOR", spells,
				Optional.of(Rating.GOOD), null, "CVCC", null);
		assertThat(status(EligibilityRules.judge(skip), "NEXT_LEVEL")).isEqualTo(Status.NOT_MET);
	}

	@Test
	void aRatingBelowGoodOrADisciplineInForceBarsAndAnUnknownRatingIsLeftToHr() {
		var spells = List.of(spell("2005-01-01", null, "01.003", "SPECIALIST"));
		assertThat(EligibilityRules.judge(exam("2021-04-15", spells, Rating.COMPLETED, "CVC")).unmet())
			.extracting(Eligibility.Condition::code).containsExactly("RATING");
		var unknown = EligibilityRules.judge(exam("2021-04-15", spells, null, "CVC"));
		assertThat(status(unknown, "RATING")).isEqualTo(Status.UNVERIFIED);
		assertThat(unknown.eligible()).isTrue();
		var disciplined = new Facts(PromotionPath.RANK_EXAM, LocalDate.of(2021, 4, 15), "PRINCIPAL", spells,
				Optional.of(Rating.GOOD), LocalDate.of(2021, 4, 15), "CVC", null);
		assertThat(status(EligibilityRules.judge(disciplined), "DISCIPLINE")).isEqualTo(Status.NOT_MET);
		var ended = new Facts(PromotionPath.RANK_EXAM, LocalDate.of(2021, 4, 15), "PRINCIPAL", spells,
				Optional.of(Rating.GOOD), LocalDate.of(2021, 4, 14), "CVC", null);
		assertThat(status(EligibilityRules.judge(ended), "DISCIPLINE")).isEqualTo(Status.MET);
	}

	@Test
	void theStateManagementCertificateIsAStandardOfTheRankExamsOnly() {
		var spells = List.of(spell("2005-01-01", null, "01.003", "SPECIALIST"));
		assertThat(status(EligibilityRules.judge(exam("2021-04-15", spells, Rating.GOOD, "CV")), "CERTIFICATE"))
			.isEqualTo(Status.NOT_MET);
		assertThat(status(EligibilityRules.judge(exam("2021-04-15", spells, Rating.GOOD, "CVCC")), "CERTIFICATE"))
			.isEqualTo(Status.MET);
		assertThat(status(EligibilityRules.judge(exam("2021-04-15", spells, Rating.GOOD, null)), "CERTIFICATE"))
			.isEqualTo(Status.UNVERIFIED);
		var council = new Facts(PromotionPath.RANK_COUNCIL, LocalDate.of(2026, 3, 1), "PRINCIPAL", spells,
				Optional.of(Rating.GOOD), null, null, true);
		var judged = EligibilityRules.judge(council);
		assertThat(judged.conditions()).extracting(Eligibility.Condition::code)
			.containsExactly("NEXT_LEVEL", "RATING", "DISCIPLINE", "VACANCY");
		assertThat(judged.eligible()).isTrue();
	}

	@Test
	void theCouncilPathNeedsAVacancyWithinTheRatioNotYearsNorAnExam() {
		var spells = List.of(spell("2024-01-01", null, "01.003", "SPECIALIST"));
		var noVacancy = new Facts(PromotionPath.RANK_COUNCIL, LocalDate.of(2026, 3, 1), "PRINCIPAL", spells,
				Optional.of(Rating.GOOD), null, null, false);
		assertThat(EligibilityRules.judge(noVacancy).unmet()).extracting(Eligibility.Condition::code)
			.containsExactly("VACANCY");
		var unknown = new Facts(PromotionPath.RANK_COUNCIL, LocalDate.of(2026, 3, 1), "PRINCIPAL", spells,
				Optional.of(Rating.GOOD), null, null, null);
		assertThat(status(EligibilityRules.judge(unknown), "VACANCY")).isEqualTo(Status.UNVERIFIED);
	}

	@Test
	void someoneWithoutARankOnTheDateIsNotEligible() {
		var spells = List.of(spell("2022-01-01", null, "01.003", "SPECIALIST"));
		var eligibility = EligibilityRules.judge(exam("2021-04-15", spells, Rating.GOOD, "CVC"));
		assertThat(eligibility.eligible()).isFalse();
		assertThat(eligibility.unmet()).extracting(Eligibility.Condition::code).containsExactly("RANK");
	}

}
