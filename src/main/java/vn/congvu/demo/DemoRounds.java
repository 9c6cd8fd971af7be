package vn.congvu.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.congvu.demo.DemoPopulation.Holder;
import vn.congvu.demo.DemoPopulation.Role;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.shared.DecisionRef;

import static vn.congvu.demo.DemoPopulation.roundEffective;
import static vn.congvu.demo.DemoPopulation.roundHeld;

/**
 * The promotion exams and rounds of the demo's history: the seed's two rank exams of the first half of 2021, planned
 * before anyone's career is told, and from the second half of 2021 the year's rounds, whose passes the careers make
 * ({@link #round}) and whose other nominees are found among those who lived them ({@link #held}). Each is checked with
 * {@link vn.congvu.promotion.PromotionRanking} before the promotion module loads it.
 */
final class DemoRounds {

	private final long seed;

	DemoRounds(long seed) {
		this.seed = seed;
	}

	/** A promotion exam of the demo's history, with its nominees and their scores, as the generator held it. */
	record ExamPlan(String title, String authorityKey, String targetRank, LocalDate heldOn, int quota,
			LocalDate publishedOn, DecisionRef decision, LocalDate effective, List<Holder> nominees,
			List<vn.congvu.promotion.PromotionRanking.Entry> marks) {

		/** The round as the promotion module loads it, once the nominees' records have ids. */
		vn.congvu.promotion.PromotionHistory.PastRound round(Map<String, Long> units, List<Long> officialIds) {
			var past = new ArrayList<vn.congvu.promotion.PromotionHistory.PastNominee>();
			for (int i = 0; i < nominees.size(); i++) {
				var m = marks.get(i);
				var id = officialIds.get(nominees.get(i).index);
				if (id == null) {
					throw new IllegalStateException(title + ": a nominee is not among the people loaded");
				}
				past.add(new vn.congvu.promotion.PromotionHistory.PastNominee(id,
						false, m.score(), m.votesFor(), m.votesCast(), m.members()));
			}
			return new vn.congvu.promotion.PromotionHistory.PastRound(java.util.Objects.requireNonNull(units.get(
					authorityKey)), title, targetRank, heldOn, quota, publishedOn, decision, effective, past);
		}

	}

	private final List<ExamPlan> exams = new ArrayList<>();

	/** The promotion exams of the demo's history. */
	List<ExamPlan> exams() {
		return exams;
	}

	/**
	 * The seed's promotion exams of the first half of 2021: "137 sat the exam for promotion to principal specialist and
	 * equivalent, 102 passed" — a principal-specialist exam and a principal-inspector exam. The nominees are civil
	 * servants with more than nine years in their specialist rank (they are not promoted otherwise before it, and stay
	 * until it); each is given a score, and who passes is what {@link vn.congvu.promotion.PromotionRanking} says of
	 * those scores within the quota, as the promotion module will say again when it loads the exam. Those who pass
	 * change rank by the decision. A random of its own keeps the rest of the population as it was.
	 */
	void planExams2021(List<Holder> employed, Set<Holder> chosen) {
		var examRandom = new Random(seed ^ 0x5EED_2021L);
		var decision = new DecisionRef("486/QĐ-UBND", LocalDate.of(2021, 4, 23), "UBND tỉnh Bạc Liêu");
		plan(examRandom, employed, chosen, "Thi nâng ngạch chuyên viên chính năm 2021", "01.002", 130, 97,
				h -> h.post.role().civil(), decision);
		plan(examRandom, employed, chosen, "Thi nâng ngạch thanh tra viên chính năm 2021", "04.024", 7, 5,
				h -> h.post.role() == Role.INSPECTOR, decision);
	}

	private void plan(Random examRandom, List<Holder> employed, Set<Holder> chosen, String title, String rank,
			int sitting, int quota, java.util.function.Predicate<Holder> role, DecisionRef decision) {
		var heldOn = LocalDate.of(2021, 3, 20);
		var effective = LocalDate.of(2021, 5, 1);
		var pool = new ArrayList<Holder>();
		for (var h : employed) {
			if (role.test(h) && !chosen.contains(h) && h.entered.isBefore(LocalDate.of(2011, 1, 1))) {
				pool.add(h);
			}
		}
		java.util.Collections.shuffle(pool, examRandom);
		if (pool.size() < sitting) {
			// a population at a smaller scale: a smaller exam
			quota = Math.max(1, pool.size() * quota / sitting);
			sitting = pool.size();
			if (sitting == 0) {
				return;
			}
		}
		var nominees = new ArrayList<>(pool.subList(0, sitting));
		nominees.sort(Comparator.comparing((Holder h) -> h.post.unitKey()).thenComparing(h -> h.born));
		var path = vn.congvu.promotion.PromotionPath.RANK_EXAM;
		for (int attempt = 0; attempt < 1000; attempt++) {
			var scores = new ArrayList<java.math.BigDecimal>();
			var entries = new ArrayList<vn.congvu.promotion.PromotionRanking.Entry>();
			for (int i = 0; i < nominees.size(); i++) {
				var score = java.math.BigDecimal.valueOf(3500 + examRandom.nextInt(6000), 2);
				scores.add(score);
				entries.add(new vn.congvu.promotion.PromotionRanking.Entry(i, true, false, score, null, null, null));
			}
			var outcomes = vn.congvu.promotion.PromotionRanking.rank(path, quota, entries, Set.of());
			if (outcomes.stream().filter(o -> o.passed()).count() != quota || outcomes.stream().anyMatch(o -> o.tied())) {
				continue;
			}
			for (var o : outcomes) {
				var h = nominees.get((int) o.officialId());
				h.sits = heldOn;
				chosen.add(h);
				if (o.passed()) {
					h.planned.put(effective, ActionKind.RANK_CHANGE);
					h.promotedBy = decision;
				}
			}
			exams.add(new ExamPlan(title, "BL.SNV", rank, heldOn, quota, LocalDate.of(2021, 4, 5), decision, effective,
					nominees, entries));
			return;
		}
		throw new IllegalStateException("no scores give " + quota + " passes to " + title);
	}

	/** A promotion round of a year, to one rank: its title, decision, and those who passed. */
	record Round(int year, String rank, String title, DecisionRef decision, List<Holder> passed) {
	}

	private final Map<String, Round> rounds = new java.util.LinkedHashMap<>();

	/**
	 * The rounds of the years since the second half of 2021, as they were held: those who passed, and others of the
	 * same rank who sat and did not (a score below 50, or too few of the council's votes), as many as a third of the
	 * passes. Each round is checked with {@link vn.congvu.promotion.PromotionRanking}: its marks pass exactly those
	 * its decision promoted.
	 */
	void held(List<Holder> lived) {
		var roundRandom = new Random(seed ^ 0x20_21_11_01L);
		for (var round : rounds.values()) {
			var effective = roundEffective(round.year());
			var heldOn = roundHeld(round.year());
			var passed = new java.util.HashSet<>(round.passed());
			var nominees = new ArrayList<>(round.passed());
			var others = new ArrayList<Holder>();
			for (var h : lived) {
				if (!passed.contains(h) && sat(h, round.rank(), heldOn, effective)) {
					others.add(h);
				}
			}
			java.util.Collections.shuffle(others, roundRandom);
			nominees.addAll(others.subList(0, Math.min(others.size(), (round.passed().size() + 2) / 3)));
			var path = vn.congvu.promotion.PromotionPath.of(round.rank().startsWith("V.") ? Category.PUBLIC_EMPLOYEE
					: Category.CIVIL_SERVANT, heldOn);
			var entries = new ArrayList<vn.congvu.promotion.PromotionRanking.Entry>();
			for (int i = 0; i < nominees.size(); i++) {
				boolean passes = i < round.passed().size();
				entries.add(path.byExam()
						? new vn.congvu.promotion.PromotionRanking.Entry(i, true, false, java.math.BigDecimal.valueOf(
								passes ? 5500 + roundRandom.nextInt(4000) : 2500 + roundRandom.nextInt(2475), 2), null,
								null, null)
						: new vn.congvu.promotion.PromotionRanking.Entry(i, true, false, null, passes ? 4 : 2, 5, 5));
			}
			var outcomes = vn.congvu.promotion.PromotionRanking.rank(path, round.passed().size(), entries, Set.of());
			if (outcomes.stream().anyMatch(o -> o.passed() != (o.officialId() < round.passed().size()))) {
				throw new IllegalStateException("the marks of " + round.title() + " do not give its passes");
			}
			exams.add(new ExamPlan(round.title(), round.year() < 2025 || (round.year() == 2025 && heldOn.isBefore(
					LocalDate.of(2025, 7, 1))) ? "BL.SNV" : "CM.SNV", round.rank(), heldOn, round.passed().size(),
					LocalDate.of(round.year(), 10, 1), round.decision(), effective, nominees, entries));
		}
	}

	/**
	 * Whether a holder sat a round to {@code rank}: in the rank just below it on the day it was held, with the years at
	 * the level it asks, still serving on the day of its decision.
	 */
	private static boolean sat(Holder h, String rank, LocalDate heldOn, LocalDate effective) {
		var ranks = h.post.role().ranks;
		int target = ranks.indexOf(rank);
		if (target < 1 || h.entered.isAfter(heldOn) || (h.left != null && !h.left.isAfter(effective))) {
			return false;
		}
		String current = null;
		LocalDate since = null;
		for (var step : h.career) {
			if (step.effectiveDate().isAfter(effective)) {
				break;
			}
			if (step.rankCode() != null && !step.rankCode().equals(current)) {
				if (step.effectiveDate().isAfter(heldOn)) {
					return false;
				}
				current = step.rankCode();
				since = step.effectiveDate();
			}
		}
		return ranks.get(target - 1).equals(current) && since != null
				&& ChronoUnit.MONTHS.between(since, heldOn) >= 12L * (target == 1 ? 9 : 6)
				&& ChronoUnit.YEARS.between(h.entered, heldOn) >= 9 && !h.planned.containsValue(ActionKind.RANK_CHANGE);
	}

	Round round(Holder h, LocalDate effective) {
		var rank = h.post.role().ranks.get(h.rankLevel + 1);
		return rounds.computeIfAbsent(effective.getYear() + "|" + rank, k -> {
			boolean council = !effective.isBefore(LocalDate.of(2025, 7, 1)) && !rank.startsWith("V.");
			var title = (council ? "Xét nâng ngạch " : rank.startsWith("V.") ? "Thi thăng hạng " : "Thi nâng ngạch ")
					+ RANK_NAMES.getOrDefault(rank, rank) + " năm " + effective.getYear();
			var province = effective.isBefore(LocalDate.of(2025, 7, 1)) ? "tỉnh Bạc Liêu" : "tỉnh Cà Mau";
			var decision = new DecisionRef((600 + rounds.size() * 7) + "/QĐ-UBND", effective.minusDays(10),
					"UBND " + province);
			return new Round(effective.getYear(), rank, title, decision, new ArrayList<>());
		});
	}

	private static final Map<String, String> RANK_NAMES = Map.of("01.002", "chuyên viên chính", "01.001",
			"chuyên viên cao cấp", "04.024", "thanh tra viên chính", "04.023", "thanh tra viên cao cấp", "V.08.01.02",
			"bác sĩ chính", "V.08.01.01", "bác sĩ cao cấp");

}
