package vn.congvu.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congvu.personnel.Category;
import vn.congvu.personnel.ProbationRule;
import vn.congvu.recruitment.Ranking.Entry;
import vn.congvu.recruitment.Ranking.Verdict;
import vn.congvu.shared.InvalidInputException;

/**
 * The rules of recruitment from DOMAIN §3: the regime by category and date, priority points (Decree 170/2025 Art. 6,
 * Decree 138/2020 Art. 5), thresholds (Art. 10), ranking within the quota and each tie-break, and probation lengths.
 */
class RecruitmentRulesTests {

	static final LocalDate BEFORE = LocalDate.of(2021, 3, 15);

	static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	static Entry entry(long id, String written, String interview, Priority... priorities) {
		return new Entry(id, false, true, new Marks(written == null ? null : new BigDecimal(written),
				interview == null ? null : new BigDecimal(interview)), Set.of(priorities));
	}

	static Map<Long, Ranking.Outcome> byId(List<Ranking.Outcome> outcomes) {
		return outcomes.stream().collect(Collectors.toMap(Ranking.Outcome::candidateId, Function.identity()));
	}

	@Test
	void theRegimeFollowsTheCategoryAndTheDate() {
		assertThat(Regime.of(Category.CIVIL_SERVANT, BEFORE)).isEqualTo(Regime.DECREE_138_2020);
		assertThat(Regime.of(Category.CIVIL_SERVANT, AFTER.minusDays(1))).isEqualTo(Regime.DECREE_138_2020);
		assertThat(Regime.of(Category.CIVIL_SERVANT, AFTER)).isEqualTo(Regime.DECREE_170_2025);
		assertThat(Regime.of(Category.PUBLIC_EMPLOYEE, AFTER)).isEqualTo(Regime.DECREE_115_2020);
		assertThatThrownBy(() -> Regime.of(Category.CADRE, AFTER)).isInstanceOf(InvalidInputException.class);
		// each regime from the day its decree took effect; the rules before are not kept, and not guessed
		assertThat(Regime.of(Category.CIVIL_SERVANT, LocalDate.of(2020, 11, 27))).isEqualTo(Regime.DECREE_138_2020);
		assertThatThrownBy(() -> Regime.of(Category.CIVIL_SERVANT, LocalDate.of(2020, 11, 26)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("field", "announcedOn");
		assertThat(Regime.of(Category.PUBLIC_EMPLOYEE, LocalDate.of(2020, 9, 25))).isEqualTo(Regime.DECREE_115_2020);
		assertThatThrownBy(() -> Regime.of(Category.PUBLIC_EMPLOYEE, LocalDate.of(2020, 9, 24)))
			.isInstanceOf(InvalidInputException.class);
	}

	@ParameterizedTest(name = "{0} claiming {1}: {2} points")
	@CsvSource({ "DECREE_170_2025, HERO_OR_WAR_INVALID, 7.5", "DECREE_170_2025, ETHNIC_MINORITY, 5",
			"DECREE_170_2025, DEMOBILISED_OFFICER_OR_CIPHER_STAFF, 5", "DECREE_170_2025, CHILD_OF_MARTYR_INVALID_OR_HERO, 5",
			"DECREE_170_2025, MILITARY_OR_POLICE_SERVICE, 2.5", "DECREE_170_2025, GRASSROOTS_TRADE_UNION_CADRE, 1.5",
			"DECREE_138_2020, HERO_OR_WAR_INVALID, 7.5", "DECREE_138_2020, ETHNIC_MINORITY, 5",
			"DECREE_138_2020, MILITARY_OR_POLICE_SERVICE, 2.5", "DECREE_138_2020, GRASSROOTS_TRADE_UNION_CADRE, 0",
			"DECREE_115_2020, GRASSROOTS_TRADE_UNION_CADRE, 0", "DECREE_115_2020, ETHNIC_MINORITY, 5" })
	void priorityPointsAreTheTablesOfEachRegime(Regime regime, Priority priority, BigDecimal points) {
		assertThat(regime.priorityPoints(Set.of(priority))).isEqualByComparingTo(points);
	}

	@Test
	void onlyTheHighestPriorityCounts() {
		assertThat(Regime.DECREE_170_2025.priorityPoints(Set.of(Priority.ETHNIC_MINORITY,
				Priority.MILITARY_OR_POLICE_SERVICE, Priority.GRASSROOTS_TRADE_UNION_CADRE))).isEqualByComparingTo("5");
		assertThat(Regime.DECREE_170_2025.priorityPoints(Set.of())).isEqualByComparingTo("0");
	}

	@ParameterizedTest(name = "{0}: written {1}, interview {2} -> {3}, {4}")
	@CsvSource({ "DECREE_170_2025, 60, 40, 54.00, recruitment.outcome.partBelowHalf",
			"DECREE_170_2025, 50, 50, 50.00, ", "DECREE_170_2025, 80, 90, 83.00, ", "DECREE_170_2025, 49.5, , 49.50, recruitment.outcome.belowThreshold",
			"DECREE_170_2025, , 50, 50.00, ", "DECREE_138_2020, 50, , 50.00, ", "DECREE_138_2020, 49.99, , 49.99, recruitment.outcome.belowThreshold",
			"DECREE_115_2020, , 65, 65.00, " })
	void theProfessionalScoreAndItsThreshold(Regime regime, BigDecimal written, BigDecimal interview, BigDecimal score,
			String failure) {
		var marks = new Marks(written, interview);
		assertThat(marks.professional(regime)).isEqualByComparingTo(score);
		assertThat(marks.failure(regime)).isEqualTo(failure);
	}

	@Test
	void aWrittenTestAndAnInterviewAreOneRoundOnlyFrom2025() {
		var both = new Marks(new BigDecimal("70"), new BigDecimal("60"));
		assertThatThrownBy(() -> both.professional(Regime.DECREE_138_2020)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("recruitment.marks.oneTest");
		assertThatThrownBy(() -> new Marks(new BigDecimal("101"), null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Marks(null, null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theQuotaIsFilledByTotalScoreAndEveryoneElseIsToldWhy() {
		var outcomes = byId(Ranking.rank(Regime.DECREE_170_2025, 2, List.of(
				entry(1, "70", null),
				entry(2, "66", null, Priority.ETHNIC_MINORITY),
				entry(3, "72", null),
				entry(4, "45", null, Priority.HERO_OR_WAR_INVALID),
				new Entry(5, true, true, null, Set.of()),
				new Entry(6, false, false, null, Set.of()))));
		// totals: 1 → 70, 2 → 71 (66 + 5), 3 → 72; 4 is below 50 whatever the priority
		assertThat(outcomes.get(3L).verdict()).isEqualTo(Verdict.PASSED);
		assertThat(outcomes.get(3L).rank()).isEqualTo(1);
		assertThat(outcomes.get(2L).verdict()).isEqualTo(Verdict.PASSED);
		assertThat(outcomes.get(2L).total()).isEqualByComparingTo("71");
		assertThat(outcomes.get(1L).verdict()).isEqualTo(Verdict.OUTSIDE_QUOTA);
		assertThat(outcomes.get(1L).arguments()).containsExactly(3, 2);
		assertThat(outcomes.get(4L).verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
		assertThat(outcomes.get(5L).verdict()).isEqualTo(Verdict.ABSENT);
		assertThat(outcomes.get(6L).verdict()).isEqualTo(Verdict.FAILED_ROUND_1);
		assertThat(outcomes).hasSize(6);
	}

	@Test
	void aTieAtTheLastPlaceGoesToTheProfessionalScoreFirst() {
		// equal totals: 70 + 5 against 75 + 0; the higher professional score wins, under either regime
		for (var regime : List.of(Regime.DECREE_138_2020, Regime.DECREE_170_2025, Regime.DECREE_115_2020)) {
			var outcomes = byId(Ranking.rank(regime, 1,
					List.of(entry(1, "70", null, Priority.ETHNIC_MINORITY), entry(2, "75", null))));
			assertThat(outcomes.get(2L).verdict()).as(regime.name()).isEqualTo(Verdict.PASSED);
			assertThat(outcomes.get(1L).verdict()).as(regime.name()).isEqualTo(Verdict.OUTSIDE_QUOTA);
		}
	}

	@Test
	void underDecree170AStillEqualTieGoesToTheWrittenScore() {
		// 0.7 × 60 + 0.3 × 93.33 and 0.7 × 70 + 0.3 × 70 are both 70.00: the higher written score wins
		var outcomes = byId(Ranking.rank(Regime.DECREE_170_2025, 1,
				List.of(entry(1, "60", "93.33"), entry(2, "70", "70"))));
		assertThat(outcomes.get(2L).verdict()).isEqualTo(Verdict.PASSED);
		assertThat(outcomes.get(1L).verdict()).isEqualTo(Verdict.OUTSIDE_QUOTA);
	}

	@Test
	void whenEveryTieBreakIsEqualTheHeadChooses() {
		var entries = List.of(entry(1, "70", null), entry(2, "70", null), entry(3, "70", null), entry(4, "80", null));
		var pending = byId(Ranking.rank(Regime.DECREE_138_2020, 2, entries));
		assertThat(pending.get(4L).verdict()).isEqualTo(Verdict.PASSED);
		assertThat(List.of(pending.get(1L).verdict(), pending.get(2L).verdict(), pending.get(3L).verdict()))
			.containsOnly(Verdict.TIED_AWAITING_HEAD);
		assertThat(pending.get(1L).arguments()).containsExactly(3, 1);
		assertThat(pending.get(1L).rank()).isEqualTo(2);
		var decided = byId(Ranking.rank(Regime.DECREE_138_2020, 2, entries, Set.of(2L)));
		assertThat(decided.get(2L).verdict()).isEqualTo(Verdict.PASSED);
		assertThat(decided.get(2L).reason()).isEqualTo("recruitment.outcome.passedByHead");
		assertThat(decided.get(1L).verdict()).isEqualTo(Verdict.OUTSIDE_QUOTA);
		assertThat(decided.get(3L).verdict()).isEqualTo(Verdict.OUTSIDE_QUOTA);
		assertThatThrownBy(() -> Ranking.rank(Regime.DECREE_138_2020, 2, entries, Set.of(1L, 2L)))
			.isInstanceOf(InvalidInputException.class);
	}

	@RepeatedTest(20)
	void theOutcomeDoesNotDependOnTheOrderOfTheEntries() {
		var random = new Random(42 + System.identityHashCode(this) % 7);
		var entries = new ArrayList<Entry>();
		for (long id = 1; id <= 30; id++) {
			var written = BigDecimal.valueOf(30 + random.nextInt(70));
			var interview = random.nextBoolean() ? BigDecimal.valueOf(30 + random.nextInt(70)) : null;
			var priorities = random.nextInt(5) == 0 ? Set.of(Priority.ETHNIC_MINORITY) : Set.<Priority>of();
			entries.add(new Entry(id, random.nextInt(20) == 0, random.nextInt(15) != 0,
					new Marks(written, interview), priorities));
		}
		int quota = 1 + random.nextInt(10);
		var first = byId(Ranking.rank(Regime.DECREE_170_2025, quota, entries));
		Collections.shuffle(entries, random);
		var second = byId(Ranking.rank(Regime.DECREE_170_2025, quota, entries));
		assertThat(second).isEqualTo(first);
		long passed = first.values().stream().filter(o -> o.verdict() == Verdict.PASSED).count();
		assertThat(passed).isLessThanOrEqualTo(quota);
		// nobody outside the quota scores more than someone who passed
		var lowestPass = first.values().stream().filter(o -> o.verdict() == Verdict.PASSED)
			.map(Ranking.Outcome::total).min(BigDecimal::compareTo);
		var highestOut = first.values().stream().filter(o -> o.verdict() == Verdict.OUTSIDE_QUOTA)
			.map(Ranking.Outcome::total).max(BigDecimal::compareTo);
		if (lowestPass.isPresent() && highestOut.isPresent()) {
			assertThat(highestOut.get()).isLessThanOrEqualTo(lowestPass.get());
		}
	}

	@ParameterizedTest(name = "{0} recruited on {1} at level {2}: {3} months")
	@CsvSource({ "CIVIL_SERVANT, 2021-03-01, SPECIALIST, 12", "CIVIL_SERVANT, 2021-03-01, OFFICER, 6",
			"CIVIL_SERVANT, 2021-03-01, STAFF, 6", "CIVIL_SERVANT, 2025-06-30, SPECIALIST, 12",
			"CIVIL_SERVANT, 2025-07-01, SPECIALIST, 0", "PUBLIC_EMPLOYEE, 2021-03-01, SPECIALIST, 12",
			"PUBLIC_EMPLOYEE, 2021-03-01, OFFICER, 9", "PUBLIC_EMPLOYEE, 2021-03-01, STAFF, 6",
			"PUBLIC_EMPLOYEE, 2026-06-30, SPECIALIST, 12", "PUBLIC_EMPLOYEE, 2026-07-01, SPECIALIST, 0",
			"CADRE, 2021-03-01, SPECIALIST, 0" })
	void probationLastsByCategoryLevelAndDate(Category category, LocalDate recruited, String level, int months) {
		assertThat(ProbationRule.months(category, recruited, level)).isEqualTo(months);
	}

}
