package vn.congvu.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.InvalidInputException;

/**
 * A candidate's marks in the professional round (round 2 of an exam, or the selection interview), each out of 100:
 * the written (or practical, or computer) test and, where the regime allows both, the interview.
 */
public record Marks(@Nullable BigDecimal written, @Nullable BigDecimal interview) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Marks {
		check(written, "written");
		check(interview, "interview");
		if (written == null && interview == null) {
			throw new InvalidInputException("written", "recruitment.marks.required");
		}
	}

	private static void check(@Nullable BigDecimal mark, String field) {
		if (mark != null && (mark.signum() < 0 || mark.compareTo(HUNDRED) > 0 || mark.scale() > 2)) {
			throw new InvalidInputException(field, "recruitment.marks.range");
		}
	}

	/**
	 * The professional score: written and interview weighted 70/30 where the regime combines them (Decree 170/2025 Art.
	 * 9), otherwise the one test taken. Two marks under a regime with one test are a mistake of input.
	 */
	public BigDecimal professional(Regime regime) {
		if (written != null && interview != null) {
			if (!regime.weighsWrittenAndInterview()) {
				throw new InvalidInputException("interview", "recruitment.marks.oneTest", regime.name());
			}
			return written.multiply(new BigDecimal("0.7"))
				.add(interview.multiply(new BigDecimal("0.3")))
				.setScale(2, RoundingMode.HALF_UP);
		}
		return (written != null ? written : java.util.Objects.requireNonNull(interview)).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Why the marks fail the regime's threshold, or {@code null} when they pass: a professional score of at least 50,
	 * and with a written test and an interview at least half marks in each (Decree 170/2025 Art. 10; Decree 138/2020
	 * Art. 10).
	 */
	public @Nullable String failure(Regime regime) {
		if (written != null && interview != null
				&& (written.compareTo(Regime.PASS_MARK) < 0 || interview.compareTo(Regime.PASS_MARK) < 0)) {
			return "recruitment.outcome.partBelowHalf";
		}
		return professional(regime).compareTo(Regime.PASS_MARK) < 0 ? "recruitment.outcome.belowThreshold" : null;
	}

}
