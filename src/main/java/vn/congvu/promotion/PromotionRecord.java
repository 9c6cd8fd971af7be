package vn.congvu.promotion;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The seam through which promotion reads an official's yearly rating. The evaluation module (a later issue) will keep
 * ratings and answer here; until then no rating is known, and the condition is left to the nominating HR officer
 * ({@link Eligibility.Status#UNVERIFIED}).
 */
@Component
class PromotionRecord {

	Optional<Rating> rating(long officialId, int year) {
		return Optional.empty();
	}

}
