package vn.congvu.identity;

import java.util.Locale;

import vn.congvu.shared.InvalidInputException;

/** A sign-in name: 3 to 60 characters of lower-case letters, digits, dot, dash or underscore. */
record Username(String value) {

	Username {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("username", "identity.username.required");
		}
		value = value.strip().toLowerCase(Locale.ROOT);
		if (!value.matches("[a-z0-9._-]{3,60}")) {
			throw new InvalidInputException("username", "identity.username.invalid");
		}
	}

}
