package vn.congvu.promotion;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A nomination as read: eligibility conditions as "CODE:STATUS", then marks or votes and the outcome. */
public record NominationView(long id, long examId, long officialId, String fullName, String currentRankCode,
		boolean eligible, List<String> conditions, boolean absent, @Nullable BigDecimal score, @Nullable Integer votesFor,
		@Nullable Integer votesCast, @Nullable Integer members, PromotionRanking.@Nullable Verdict verdict, @Nullable Integer rank,
		@Nullable String reason, @Nullable Long actionId, long version) {
}
