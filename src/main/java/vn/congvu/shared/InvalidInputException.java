package vn.congvu.shared;

/**
 * One input field breaks a rule. {@code field} names it the way the API names it (for example
 * {@code decision.number}), so that pages put the message beside the field and the API reports where.
 */
public class InvalidInputException extends DomainException {

	private final String field;

	public InvalidInputException(String field, String messageCode, Object... arguments) {
		super(messageCode, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

	@Override
	public Kind kind() {
		return Kind.INVALID;
	}

	@Override
	public String problemSlug() {
		return "invalid-input";
	}

}
