package vn.congvu.promotion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.congvu.promotion.Eligibility.Condition;
import vn.congvu.promotion.Eligibility.Status;

/**
 * Who may be put forward for a higher rank or title on a date, condition by condition, by the path of that date:
 * <ul>
 * <li>the next level up, and no other (ranks are climbed one at a time);</li>
 * <li>exam paths: years at the current level or equivalent — 9 to reach principal specialist (chuyên viên chính), 6 to
 * reach senior specialist, the last of them at least 1 in the current rank (Decree 138/2020/NĐ-CP and Circular
 * 2/2021/TT-BNV standards [M]; the same figures are used for public employees' titles, whose sector rules vary —
 * UNCERTAIN, DOMAIN §3.2);</li>
 * <li>rated "hoàn thành tốt nhiệm vụ" or better the year before (Decree 138/2020; Decree 170/2025 Art. 22);</li>
 * <li>no discipline in force (nor, from 2025, prosecution);</li>
 * <li>rank exams before 1 July 2025: the state-management certificate of the target rank (Decree 101/2017/NĐ-CP; no
 * longer a standard from 1 July 2025, Decree 171/2025);</li>
 * <li>the council path from 1 July 2025: a vacant position of the higher rank within the approved ratio (Decree
 * 170/2025 Art. 22).</li>
 * </ul>
 */
public final class EligibilityRules {

	static final List<String> LEVELS = List.of("SENIOR_EXPERT", "SENIOR", "PRINCIPAL", "SPECIALIST", "OFFICER", "STAFF");

	/** State-management certificates, highest first (catalog list STATE_MANAGEMENT). */
	static final List<String> CERTIFICATES = List.of("CVCC", "CVC", "CV", "CS", "NONE");

	/** A spell in one rank or title: [from, to), its code, level and kind (catalog). */
	public record RankSpell(LocalDate from, @Nullable LocalDate to, String code, String level, String kind) {
	}

	/**
	 * What the conditions are judged on. {@code vacancy} is whether a position of the higher rank is vacant within the
	 * ratio ({@code null} when not known); {@code disciplineUntil} the last day a discipline is in force, if any.
	 */
	public record Facts(PromotionPath path, LocalDate date, String targetLevel, List<RankSpell> spells,
			Optional<Rating> lastYearsRating, @Nullable LocalDate disciplineUntil, @Nullable String stateManagement,
			@Nullable Boolean vacancy) {
	}

	private EligibilityRules() {
	}

	public static Eligibility judge(Facts facts) {
		var conditions = new ArrayList<Condition>();
		var current = current(facts);
		if (current == null) {
			conditions.add(new Condition("RANK", Status.NOT_MET, "promotion.condition.noRank", List.of()));
			return new Eligibility(conditions);
		}
		int from = LEVELS.indexOf(current.level());
		int to = LEVELS.indexOf(facts.targetLevel());
		conditions.add(from - to == 1 ? met("NEXT_LEVEL", "promotion.condition.nextLevel")
				: new Condition("NEXT_LEVEL", Status.NOT_MET, "promotion.condition.notNextLevel", List.of()));
		if (facts.path().byExam()) {
			years(facts, current, conditions);
		}
		var rating = facts.lastYearsRating();
		int year = facts.date().getYear() - 1;
		if (rating.isEmpty()) {
			conditions.add(new Condition("RATING", Status.UNVERIFIED, "promotion.condition.ratingUnknown",
					List.of(year)));
		}
		else {
			conditions.add(rating.get().atLeast(Rating.GOOD)
					? met("RATING", "promotion.condition.rating", year)
					: new Condition("RATING", Status.NOT_MET, "promotion.condition.ratingLow", List.of(year)));
		}
		var until = facts.disciplineUntil();
		conditions.add(until == null || until.isBefore(facts.date()) ? met("DISCIPLINE", "promotion.condition.noDiscipline")
				: new Condition("DISCIPLINE", Status.NOT_MET, "promotion.condition.discipline", List.of(until)));
		if (facts.path() == PromotionPath.RANK_EXAM) {
			certificate(facts, conditions);
		}
		if (facts.path() == PromotionPath.RANK_COUNCIL) {
			var vacancy = facts.vacancy();
			conditions.add(vacancy == null
					? new Condition("VACANCY", Status.UNVERIFIED, "promotion.condition.vacancyUnknown", List.of())
					: vacancy ? met("VACANCY", "promotion.condition.vacancy")
							: new Condition("VACANCY", Status.NOT_MET, "promotion.condition.noVacancy", List.of()));
		}
		return new Eligibility(conditions);
	}

	/** The minimum years at the current level before the exam for {@code targetLevel}, or 0 when none is set. */
	public static int minimumYears(String targetLevel) {
		return switch (targetLevel) {
			case "PRINCIPAL" -> 9;
			case "SENIOR" -> 6;
			default -> 0;
		};
	}

	private static void years(Facts facts, RankSpell current, List<Condition> conditions) {
		int minimum = minimumYears(facts.targetLevel());
		if (minimum == 0) {
			return;
		}
		// months at the level: spells of the level (or an equivalent rank of the same kind) joined where they follow
		// each other, each stretch counted in whole months up to the date
		long months = 0;
		LocalDate stretchFrom = null;
		LocalDate stretchTo = null;
		var ordered = facts.spells().stream().sorted(java.util.Comparator.comparing(RankSpell::from)).toList();
		for (var spell : ordered) {
			if (!spell.level().equals(current.level()) || !spell.kind().equals(current.kind())
					|| spell.from().isAfter(facts.date())) {
				continue;
			}
			var end = spell.to() == null || spell.to().isAfter(facts.date()) ? facts.date() : spell.to();
			if (stretchTo != null && stretchTo.equals(spell.from())) {
				stretchTo = end;
				continue;
			}
			if (stretchFrom != null) {
				months += ChronoUnit.MONTHS.between(stretchFrom, stretchTo);
			}
			stretchFrom = spell.from();
			stretchTo = end;
		}
		if (stretchFrom != null) {
			months += ChronoUnit.MONTHS.between(stretchFrom, stretchTo);
		}
		// the spell in the current rank itself: from its start, through earlier spells in the same rank without a gap
		var start = current.from();
		var latestFirst = new ArrayList<>(ordered);
		java.util.Collections.reverse(latestFirst);
		for (var spell : latestFirst) {
			if (spell.code().equals(current.code()) && spell.to() != null && spell.to().equals(start)) {
				start = spell.from();
			}
		}
		int total = (int) months;
		long inRankMonths = ChronoUnit.MONTHS.between(start, facts.date());
		boolean enough = total >= minimum * 12 && inRankMonths >= 12;
		conditions.add(new Condition("YEARS", enough ? Status.MET : Status.NOT_MET,
				enough ? "promotion.condition.years" : "promotion.condition.tooFewYears",
				List.of(minimum, total / 12, total % 12)));
	}

	private static void certificate(Facts facts, List<Condition> conditions) {
		var needed = switch (facts.targetLevel()) {
			case "SENIOR", "SENIOR_EXPERT" -> "CVCC";
			case "PRINCIPAL" -> "CVC";
			default -> null;
		};
		if (needed == null) {
			return;
		}
		var held = facts.stateManagement();
		if (held == null) {
			conditions.add(new Condition("CERTIFICATE", Status.UNVERIFIED, "promotion.condition.certificateUnknown",
					List.of(needed)));
			return;
		}
		int have = CERTIFICATES.indexOf(held);
		conditions.add(have >= 0 && have <= CERTIFICATES.indexOf(needed)
				? met("CERTIFICATE", "promotion.condition.certificate", needed)
				: new Condition("CERTIFICATE", Status.NOT_MET, "promotion.condition.noCertificate", List.of(needed)));
	}

	private static @Nullable RankSpell current(Facts facts) {
		RankSpell found = null;
		for (var spell : facts.spells()) {
			if (!spell.from().isAfter(facts.date()) && (spell.to() == null || spell.to().isAfter(facts.date()))) {
				found = spell;
			}
		}
		return found;
	}

	private static Condition met(String code, String messageCode, Object... arguments) {
		return new Condition(code, Status.MET, messageCode, List.of(arguments));
	}

}
