package vn.congvu.identity;

import vn.congvu.shared.InvalidInputException;

/**
 * What a new password must be: at least 10 characters, not made only of letters or only of digits, and not the
 * user name. Long pass phrases are welcome; at most 128 characters (BCrypt reads 72 bytes).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	static String check(String password, String username, String field) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInputException(field, "identity.password.tooShort", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "identity.password.tooLong", MAX_LENGTH);
		}
		if (password.chars().allMatch(Character::isLetter) || password.chars().allMatch(Character::isDigit)) {
			throw new InvalidInputException(field, "identity.password.tooSimple");
		}
		if (password.equalsIgnoreCase(username)) {
			throw new InvalidInputException(field, "identity.password.isUsername");
		}
		return password;
	}

}
