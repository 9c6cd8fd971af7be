package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.ReferenceItem;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.Texts;
import vn.congvu.shared.VietnameseOrder;
import vn.congvu.shared.web.Formats;

/**
 * A cell of an import file read as what its column holds: a citizen id (its leading zeros put back), a date, a number,
 * a sex, a category, the kind of entry, a decision, a catalog code typed as its code or its name; and a cell as the
 * record stores it, for comparing. A cell that cannot be read is an {@link InvalidInputException} naming its column.
 */
@Component
class ImportCells {

	/** A year of birth alone. */
	static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** A citizen id typed as a number: its leading zeros gone. */
	private static final Pattern LOST_ZEROS = Pattern.compile("[1-9]\\d{9,10}");

	private final Catalog catalog;

	/** Catalog codes by what a file may write for them: the code, or the name in either language without accents. */
	private volatile @Nullable Map<String, Map<String, String>> itemIndex;

	ImportCells(Catalog catalog) {
		this.catalog = catalog;
	}

	/** A citizen id typed as a number loses its leading zeros (095… becomes 95…); they are put back. */
	static String citizenIdOf(String text) {
		var digits = text.replace(" ", "").replace(".", "");
		if (LOST_ZEROS.matcher(digits).matches()) {
			return "0".repeat(12 - digits.length()) + digits;
		}
		return digits;
	}

	static LocalDate date(String text, ImportColumn column, boolean required) {
		if (text.isEmpty()) {
			if (required) {
				throw new InvalidInputException(column.name(), "import.cell.required");
			}
			return nullDate();
		}
		return Formats.parseDate(text)
			.orElseThrow(() -> new InvalidInputException(column.name(), "import.cell.date", text));
	}

	@SuppressWarnings("NullAway")
	private static LocalDate nullDate() {
		return null;
	}

	static long number(String text, ImportColumn column) {
		if (text.isEmpty()) {
			throw new InvalidInputException(column.name(), "import.cell.required");
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(column.name(), "import.cell.number", text);
		}
	}

	static Sex sex(String text) {
		var key = VietnameseOrder.searchKey(text);
		return switch (key) {
			case "nam", "male", "m" -> Sex.MALE;
			case "nu", "female", "f" -> Sex.FEMALE;
			case "" -> throw new InvalidInputException(ImportColumn.SEX.name(), "import.cell.required");
			default -> throw new InvalidInputException(ImportColumn.SEX.name(), "import.cell.sex", text);
		};
	}

	static Category category(String text) {
		var key = VietnameseOrder.searchKey(text).replaceAll("[^a-z_]", "");
		return switch (key) {
			case "canbo", "cadre" -> Category.CADRE;
			case "congchuc", "civil_servant", "civilservant" -> Category.CIVIL_SERVANT;
			case "vienchuc", "public_employee", "publicemployee" -> Category.PUBLIC_EMPLOYEE;
			case "hopdonglaodong", "hopdong", "contract" -> Category.CONTRACT;
			case "" -> throw new InvalidInputException(ImportColumn.CATEGORY.name(), "import.cell.required");
			default -> throw new InvalidInputException(ImportColumn.CATEGORY.name(), "import.cell.category", text);
		};
	}

	static ActionKind entry(String text) {
		var key = VietnameseOrder.searchKey(text).replaceAll("[^a-z_]", "");
		return switch (key) {
			case "", "tuyendung", "recruitment" -> ActionKind.RECRUITMENT;
			case "tiepnhan", "reception" -> ActionKind.RECEPTION;
			default -> throw new InvalidInputException(ImportColumn.ENTRY.name(), "import.cell.entry", text);
		};
	}

	static DecisionRef decision(String number, String dateText, String issuer, ImportColumn numberColumn,
			ImportColumn dateColumn) {
		var date = date(dateText, dateColumn, true);
		try {
			return new DecisionRef(number, date, issuer);
		}
		catch (InvalidInputException ex) {
			var column = ex.field().endsWith("number") ? numberColumn
					: ex.field().endsWith("date") ? dateColumn : ImportColumn.DECISION_ISSUER;
			throw new InvalidInputException(column.name(), ex.messageCode(), ex.arguments());
		}
	}

	/** A catalog code typed as its code or its name (in either language); an ethnic code also as 1 for 01. */
	@Nullable String item(String list, String text, ImportColumn column, boolean required) {
		if (text.isEmpty()) {
			if (required) {
				throw new InvalidInputException(column.name(), "import.cell.required");
			}
			return null;
		}
		var index = itemIndex;
		if (index == null) {
			var built = new HashMap<String, Map<String, String>>();
			for (var name : Catalog.LISTS) {
				var byKey = new HashMap<String, String>();
				for (ReferenceItem item : catalog.items(name)) {
					byKey.putIfAbsent(VietnameseOrder.searchKey(item.nameVi()), item.code());
					byKey.putIfAbsent(VietnameseOrder.searchKey(item.nameEn()), item.code());
				}
				for (ReferenceItem item : catalog.items(name)) {
					byKey.put(item.code().toLowerCase(Locale.ROOT), item.code());
				}
				built.put(name, Map.copyOf(byKey));
			}
			index = Map.copyOf(built);
			itemIndex = index;
		}
		var wanted = "ETHNIC_GROUP".equals(list) && text.length() == 1 && Character.isDigit(text.charAt(0)) ? "0" + text : text;
		var byKey = index.getOrDefault(list, Map.of());
		var code = byKey.get(wanted.strip().toLowerCase(Locale.ROOT));
		if (code == null) {
			code = byKey.get(VietnameseOrder.searchKey(wanted));
		}
		if (code == null) {
			throw new InvalidInputException(column.name(), "personnel.record.codeUnknown", text);
		}
		return code;
	}

	/** A cell as the record stores it, for comparing. */
	@Nullable String normalized(ImportColumn column, String text) {
		var clean = Texts.clean(text);
		if (clean == null || clean.isEmpty()) {
			return null;
		}
		return switch (column) {
			case FULL_NAME -> clean;
			case DATE_OF_BIRTH -> YEAR.matcher(clean).matches() ? clean + "-01-01"
					: Formats.parseDate(clean).map(LocalDate::toString).orElse(clean);
			case SEX -> sex(clean).name();
			case ETHNIC_GROUP -> item("ETHNIC_GROUP", clean, column, false);
			case RELIGION -> item("RELIGION", clean, column, false);
			case PROFESSIONAL_LEVEL -> item("PROFESSIONAL_LEVEL", clean, column, false);
			case PARTY_JOINED_ON -> Formats.parseDate(clean).map(LocalDate::toString).orElse(clean);
			default -> clean;
		};
	}

}
