package vn.congvu.shared;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The decision (quyết định, nghị quyết) behind a change: its number as printed on it (for example
 * {@code 1655/NQ-UBTVQH15}), the date it was signed and the body that issued it.
 */
@Embeddable
public record DecisionRef(
		@Column(name = "decision_number") String number,
		@Column(name = "decision_date") LocalDate date,
		@Column(name = "decision_issuer") String issuer) {

	public static final int MAX_NUMBER_LENGTH = 60;

	public static final int MAX_ISSUER_LENGTH = 200;

	public DecisionRef {
		if (number == null || number.isBlank()) {
			throw new InvalidInputException("decision.number", "validation.decision.number.required");
		}
		if (number.strip().length() > MAX_NUMBER_LENGTH) {
			throw new InvalidInputException("decision.number", "validation.decision.number.tooLong", MAX_NUMBER_LENGTH);
		}
		if (date == null) {
			throw new InvalidInputException("decision.date", "validation.decision.date.required");
		}
		if (issuer == null || issuer.isBlank()) {
			throw new InvalidInputException("decision.issuer", "validation.decision.issuer.required");
		}
		if (issuer.strip().length() > MAX_ISSUER_LENGTH) {
			throw new InvalidInputException("decision.issuer", "validation.decision.issuer.tooLong", MAX_ISSUER_LENGTH);
		}
		number = Texts.clean(number);
		issuer = Texts.clean(issuer);
	}

}
