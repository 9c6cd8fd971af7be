package vn.congvu.organization;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Texts;

/**
 * What a unit is called and where it sits, as one version of it records.
 *
 * @param code the official code where one exists (administrative-unit code, agency code), else {@code null}
 */
record UnitAttributes(@Nullable String code, String name, UnitType type, @Nullable Long parentId) {

	static final int MAX_CODE = 20;

	static final int MAX_NAME = 255;

	UnitAttributes {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "organization.unit.name.required");
		}
		name = Texts.clean(name);
		if (name.length() > MAX_NAME) {
			throw new InvalidInputException("name", "organization.unit.name.tooLong", MAX_NAME);
		}
		if (code != null) {
			code = code.strip();
			if (code.isEmpty()) {
				code = null;
			}
			else if (code.length() > MAX_CODE || !code.matches("[0-9A-Za-z.\\-_/]+")) {
				throw new InvalidInputException("code", "organization.unit.code.invalid", MAX_CODE);
			}
		}
		if (type == null) {
			throw new InvalidInputException("type", "organization.unit.type.required");
		}
	}

	UnitAttributes withName(String newName) {
		return new UnitAttributes(code, newName, type, parentId);
	}

	UnitAttributes withParent(@Nullable Long newParent) {
		return new UnitAttributes(code, name, type, newParent);
	}

}
