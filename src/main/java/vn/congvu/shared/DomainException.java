package vn.congvu.shared;

import java.util.Arrays;

/**
 * A broken rule of the domain. It carries a message code (resolved in the caller's language by the web layer, in
 * {@code messages*.properties}) and its arguments, and says what kind of failure it is, never how HTTP shows it.
 */
public abstract class DomainException extends RuntimeException {

	/** What kind of failure, so that every interface can answer in its own terms. */
	public enum Kind {
		/** The input breaks a rule: the caller must change it. */
		INVALID,
		/** The thing asked for does not exist, or is outside the caller's scope. */
		NOT_FOUND,
		/** The input is fine but the current state forbids it (a later change exists, someone else edited). */
		CONFLICT
	}

	private final String messageCode;

	private final Object[] arguments;

	protected DomainException(String messageCode, Object... arguments) {
		super(messageCode + Arrays.toString(arguments));
		this.messageCode = messageCode;
		this.arguments = displayable(arguments);
	}

	/**
	 * Arguments as the messages show them in either language: dates as dd/MM/yyyy, numbers (ids, years) as plain
	 * digits rather than with thousands separators.
	 */
	private static Object[] displayable(Object[] arguments) {
		var shown = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			var argument = arguments[i];
			if (argument instanceof java.time.LocalDate date) {
				shown[i] = String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
			}
			else if (argument instanceof Number number) {
				shown[i] = number.toString();
			}
			else {
				shown[i] = argument;
			}
		}
		return shown;
	}

	public abstract Kind kind();

	/** A stable slug naming the broken rule; it becomes the problem type's last path segment. */
	public abstract String problemSlug();

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
