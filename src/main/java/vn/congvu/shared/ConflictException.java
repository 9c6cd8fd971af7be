package vn.congvu.shared;

/** The input is valid but the current state of the data forbids the change. */
public class ConflictException extends DomainException {

	public ConflictException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

	@Override
	public Kind kind() {
		return Kind.CONFLICT;
	}

	@Override
	public String problemSlug() {
		return "conflict";
	}

}
