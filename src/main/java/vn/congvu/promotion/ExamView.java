package vn.congvu.promotion;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DecisionRef;

/** A promotion round as read. */
public record ExamView(long id, long authorityUnitId, String title, PromotionPath path, String targetRankCode,
		String targetLevel, LocalDate heldOn, int quota, String status, @Nullable LocalDate resultsPublishedOn,
		@Nullable DecisionRef decision, long version) {
}
