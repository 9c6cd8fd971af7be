package vn.congvu.promotion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who passes a promotion round: the eligible nominees present who reach the pass mark (a score of 50 out of 100 in an
 * exam) or whom the council approves, taken by score (or votes) within the quota. A tie at the last place waits for
 * the head's choice (Decree 138/2020 Art. 40 [M]). A council approves someone with more than half of its members'
 * votes, two thirds of the members voting (Decree 170/2025 Art. 24).
 */
public final class PromotionRanking {

	public static final BigDecimal PASS_MARK = BigDecimal.valueOf(50);

	/** A nominee's standing: a score for an exam path, the votes for a council. */
	public record Entry(long officialId, boolean eligible, boolean absent, @Nullable BigDecimal score,
			@Nullable Integer votesFor, @Nullable Integer votesCast, @Nullable Integer members) {
	}

	/** What a round says of a nominee. */
	public enum Verdict {
		/** Promoted, within the quota. */
		PASSED,
		/** Not eligible on the day the round was held. */
		INELIGIBLE,
		/** Did not sit the exam (or the council's hearing). */
		ABSENT,
		/** An exam score under the pass mark. */
		BELOW_THRESHOLD,
		/** The council did not approve. */
		NOT_APPROVED,
		/** Reached the mark, outside the quota. */
		OUTSIDE_QUOTA,
		/** Tied at the last place, awaiting the head's choice. */
		TIED
	}

	/** The outcome: a verdict, the place among those who passed the threshold (or {@code null}) and the reason. */
	public record Outcome(long officialId, Verdict verdict, @Nullable Integer rank, String reason) {

		public boolean passed() {
			return verdict == Verdict.PASSED;
		}

		public boolean tied() {
			return verdict == Verdict.TIED;
		}

	}

	private PromotionRanking() {
	}

	/**
	 * Ranks the entries of one round. {@code chosenByHead} are the nominees the head chose among those tied at the last
	 * place; while their number does not fill the places left, those tied have the verdict {@link Verdict#TIED}.
	 */
	public static List<Outcome> rank(PromotionPath path, int quota, List<Entry> entries, Set<Long> chosenByHead) {
		var outcomes = new ArrayList<Outcome>();
		var standing = new ArrayList<Entry>();
		for (var n : entries) {
			if (!n.eligible()) {
				outcomes.add(new Outcome(n.officialId(), Verdict.INELIGIBLE, null, "promotion.outcome.ineligible"));
			}
			else if (n.absent()) {
				outcomes.add(new Outcome(n.officialId(), Verdict.ABSENT, null, "promotion.outcome.absent"));
			}
			else if (path.byExam() && java.util.Objects.requireNonNull(n.score()).compareTo(PASS_MARK) < 0) {
				outcomes.add(new Outcome(n.officialId(), Verdict.BELOW_THRESHOLD, null, "promotion.outcome.belowThreshold"));
			}
			else if (!path.byExam() && !councilPasses(n)) {
				outcomes.add(new Outcome(n.officialId(), Verdict.NOT_APPROVED, null, "promotion.outcome.councilRejected"));
			}
			else {
				standing.add(n);
			}
		}
		Comparator<Entry> order = path.byExam()
				? Comparator.comparing((Entry n) -> java.util.Objects.requireNonNull(n.score())).reversed()
				: Comparator.comparing((Entry n) -> java.util.Objects.requireNonNull(n.votesFor())).reversed();
		standing.sort(order.thenComparing(Entry::officialId));
		var chosen = new HashSet<>(chosenByHead);
		int place = 0;
		int i = 0;
		while (i < standing.size()) {
			int j = i;
			while (j < standing.size() && order.compare(standing.get(i), standing.get(j)) == 0) {
				j++;
			}
			var group = standing.subList(i, j);
			int left = quota - place;
			int rank = i + 1;
			if (left >= group.size()) {
				group.forEach(n -> outcomes.add(new Outcome(n.officialId(), Verdict.PASSED, rank, "promotion.outcome.passed")));
				place += group.size();
			}
			else if (left <= 0) {
				group.forEach(n -> outcomes.add(new Outcome(n.officialId(), Verdict.OUTSIDE_QUOTA, rank,
						"promotion.outcome.outsideQuota")));
			}
			else {
				var picked = group.stream().filter(n -> chosen.contains(n.officialId())).toList();
				boolean settled = picked.size() == left;
				for (var n : group) {
					outcomes.add(!settled ? new Outcome(n.officialId(), Verdict.TIED, rank, "promotion.outcome.tied")
							: picked.contains(n) ? new Outcome(n.officialId(), Verdict.PASSED, rank, "promotion.outcome.passedByHead")
									: new Outcome(n.officialId(), Verdict.OUTSIDE_QUOTA, rank, "promotion.outcome.notChosen"));
				}
				place = quota;
			}
			i = j;
		}
		return outcomes;
	}

	/** More than half of the council's members vote for, two thirds of them voting (Decree 170/2025 Art. 24). */
	static boolean councilPasses(Entry n) {
		int members = java.util.Objects.requireNonNull(n.members());
		int cast = java.util.Objects.requireNonNull(n.votesCast());
		int votes = java.util.Objects.requireNonNull(n.votesFor());
		return cast * 3 >= members * 2 && votes * 2 > members;
	}

}
