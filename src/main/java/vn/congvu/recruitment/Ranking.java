package vn.congvu.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.InvalidInputException;

/**
 * Who passes for one job position: the candidates who sat every round and passed its threshold, ranked by total score
 * (professional score plus priority points) within the position's quota. At the last place, candidates with the same
 * total are told apart by the professional score, then (Decree 170/2025) by the written score; if they are still
 * equal, the head of the recruiting authority chooses among them, and until then they stand tied.
 */
public final class Ranking {

	/** A candidate's results for the position. {@code round1Passed} is true where there is no round 1 (selection). */
	public record Entry(long candidateId, boolean absent, boolean round1Passed, @Nullable Marks marks,
			Set<Priority> priorities) {
	}

	public enum Verdict {
		PASSED, ABSENT, FAILED_ROUND_1, BELOW_THRESHOLD, OUTSIDE_QUOTA, TIED_AWAITING_HEAD,
		/** Recruited and did not take up the post in time (set after the decision; the ranking never gives it). */
		FORFEITED
	}

	/**
	 * The outcome for one candidate, with the reason as a message code and its arguments.
	 *
	 * @param rank the place among those who passed the threshold (equal candidates share it), or 0
	 */
	public record Outcome(long candidateId, Verdict verdict, @Nullable BigDecimal professional, BigDecimal priority,
			@Nullable BigDecimal total, int rank, String reason, List<Object> arguments) {
	}

	private record Scored(Entry entry, BigDecimal professional, BigDecimal priority, BigDecimal total,
			BigDecimal written) {
	}

	private Ranking() {
	}

	public static List<Outcome> rank(Regime regime, int quota, List<Entry> entries) {
		return rank(regime, quota, entries, Set.of());
	}

	/**
	 * Ranks the entries. {@code chosenByHead} are the candidates the head chose among those tied at the last place;
	 * their number must fill exactly the places left, or be empty while the choice is pending.
	 */
	public static List<Outcome> rank(Regime regime, int quota, List<Entry> entries, Set<Long> chosenByHead) {
		if (quota < 1) {
			throw new InvalidInputException("quota", "recruitment.quota.invalid");
		}
		var outcomes = new ArrayList<Outcome>();
		var scored = new ArrayList<Scored>();
		for (var e : entries) {
			var priority = regime.priorityPoints(e.priorities());
			if (e.absent()) {
				outcomes.add(new Outcome(e.candidateId(), Verdict.ABSENT, null, priority, null, 0,
						"recruitment.outcome.absent", List.of()));
				continue;
			}
			if (!e.round1Passed()) {
				outcomes.add(new Outcome(e.candidateId(), Verdict.FAILED_ROUND_1, null, priority, null, 0,
						"recruitment.outcome.round1", List.of()));
				continue;
			}
			var marks = e.marks();
			if (marks == null) {
				throw new InvalidInputException("marks", "recruitment.marks.required");
			}
			var professional = marks.professional(regime);
			var failure = marks.failure(regime);
			if (failure != null) {
				outcomes.add(new Outcome(e.candidateId(), Verdict.BELOW_THRESHOLD, professional, priority, null, 0,
						failure, List.of(professional)));
				continue;
			}
			var written = marks.written() == null ? BigDecimal.ZERO : marks.written();
			scored.add(new Scored(e, professional, priority, professional.add(priority), written));
		}
		Comparator<Scored> decisive = Comparator.comparing(Scored::total).thenComparing(Scored::professional);
		if (regime.breaksTiesByWrittenScore()) {
			decisive = decisive.thenComparing(Scored::written);
		}
		var order = decisive.reversed();
		scored.sort(order.thenComparing(s -> s.entry().candidateId()));
		int place = 0;
		int i = 0;
		var chosen = new HashSet<>(chosenByHead);
		while (i < scored.size()) {
			int j = i;
			while (j < scored.size() && order.compare(scored.get(i), scored.get(j)) == 0) {
				j++;
			}
			var group = scored.subList(i, j);
			int rank = i + 1;
			int left = quota - place;
			if (left >= group.size()) {
				group.forEach(s -> outcomes.add(passed(s, rank, "recruitment.outcome.passed")));
				place += group.size();
			}
			else if (left <= 0) {
				group.forEach(s -> outcomes.add(outcome(s, Verdict.OUTSIDE_QUOTA, rank, "recruitment.outcome.outsideQuota",
						List.of(rank, quota))));
			}
			else {
				var picked = group.stream().filter(s -> chosen.contains(s.entry().candidateId())).toList();
				if (picked.isEmpty()) {
					group.forEach(s -> outcomes.add(outcome(s, Verdict.TIED_AWAITING_HEAD, rank,
							"recruitment.outcome.tied", List.of(group.size(), left))));
				}
				else if (picked.size() != left) {
					throw new InvalidInputException("chosenByHead", "recruitment.head.choiceCount", left, group.size());
				}
				else {
					for (var s : group) {
						outcomes.add(picked.contains(s) ? passed(s, rank, "recruitment.outcome.passedByHead")
								: outcome(s, Verdict.OUTSIDE_QUOTA, rank, "recruitment.outcome.notChosen", List.of()));
					}
				}
				place = quota;
			}
			i = j;
		}
		return outcomes;
	}

	private static Outcome passed(Scored s, int rank, String reason) {
		return outcome(s, Verdict.PASSED, rank, reason, List.of(s.total(), rank));
	}

	private static Outcome outcome(Scored s, Verdict verdict, int rank, String reason, List<Object> arguments) {
		return new Outcome(s.entry().candidateId(), verdict, s.professional(), s.priority(), s.total(), rank, reason,
				arguments);
	}

}
