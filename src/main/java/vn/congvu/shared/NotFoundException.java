package vn.congvu.shared;

/**
 * Nothing of that kind with that id exists, or it lies outside the caller's scope: the two look the same from
 * outside, on purpose.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

	@Override
	public Kind kind() {
		return Kind.NOT_FOUND;
	}

	@Override
	public String problemSlug() {
		return "not-found";
	}

}
