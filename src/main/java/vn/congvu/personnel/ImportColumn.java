package vn.congvu.personnel;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.congvu.shared.VietnameseOrder;

/**
 * The columns of the officials' import file, as its template names them (Vietnamese; the English names are read too,
 * and neither case nor accents matter). Columns may come in any order; the required ones must be there.
 */
public enum ImportColumn {

	CITIZEN_ID("Số định danh cá nhân", "Citizen id", true),
	FULL_NAME("Họ và tên", "Full name", true),
	DATE_OF_BIRTH("Ngày sinh", "Date of birth", true),
	SEX("Giới tính", "Sex", true),
	ETHNIC_GROUP("Dân tộc", "Ethnic group", true),
	RELIGION("Tôn giáo", "Religion", false),
	BIRTHPLACE("Nơi sinh", "Place of birth", false),
	HOME_TOWN("Quê quán", "Home town", false),
	RESIDENCE("Nơi ở hiện nay", "Residence", false),
	PHONE("Điện thoại", "Phone", false),
	EMAIL("Thư điện tử", "E-mail", false),
	PROFESSIONAL_LEVEL("Trình độ chuyên môn", "Professional level", false),
	PARTY_JOINED_ON("Ngày vào Đảng", "Joined the Party", false),
	UNIT_ID("Mã đơn vị", "Unit id", true),
	CATEGORY("Loại", "Category", true),
	ENTRY("Hình thức", "Entry", false),
	RANK_CODE("Mã ngạch, chức danh", "Rank code", true),
	SALARY_STEP("Bậc lương", "Salary step", false),
	START_DATE("Ngày bắt đầu", "Start date", true),
	DECISION_NUMBER("Số quyết định", "Decision number", true),
	DECISION_DATE("Ngày quyết định", "Decision date", true),
	DECISION_ISSUER("Cơ quan ban hành", "Issuing body", true),
	PROBATION_END("Ngày hết tập sự", "End of probation", false),
	PROBATION_DECISION("Số quyết định hết tập sự", "End of probation decision", false);

	private static final Map<String, ImportColumn> BY_HEADER = Stream.of(values())
		.flatMap(c -> Stream.of(Map.entry(key(c.vi), c), Map.entry(key(c.en), c)))
		.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

	private final String vi;

	private final String en;

	private final boolean required;

	ImportColumn(String vi, String en, boolean required) {
		this.vi = vi;
		this.en = en;
		this.required = required;
	}

	public String header() {
		return vi;
	}

	public String englishHeader() {
		return en;
	}

	public boolean required() {
		return required;
	}

	/** The column a header names; a trailing "(…)" or "*" of explanation is ignored. */
	public static Optional<ImportColumn> ofHeader(String header) {
		var text = header.replaceAll("\\(.*\\)", "").replace("*", "");
		return Optional.ofNullable(BY_HEADER.get(key(text)));
	}

	private static String key(String text) {
		return VietnameseOrder.searchKey(text).replaceAll("[^a-z0-9]", "");
	}

	static final Function<String, ImportColumn> OF_FIELD = field -> switch (field) {
		case "citizenId" -> CITIZEN_ID;
		case "fullName" -> FULL_NAME;
		case "dateOfBirth" -> DATE_OF_BIRTH;
		case "sex" -> SEX;
		case "ethnicGroup" -> ETHNIC_GROUP;
		case "religion" -> RELIGION;
		case "birthplace" -> BIRTHPLACE;
		case "homeTown" -> HOME_TOWN;
		case "residence" -> RESIDENCE;
		case "phone" -> PHONE;
		case "email" -> EMAIL;
		case "unitId" -> UNIT_ID;
		case "category" -> CATEGORY;
		case "rankCode" -> RANK_CODE;
		case "salaryStep" -> SALARY_STEP;
		case "decision.number", "decisionNumber" -> DECISION_NUMBER;
		case "decision.date", "decisionDate" -> DECISION_DATE;
		case "decision.issuer", "decisionIssuer" -> DECISION_ISSUER;
		default -> START_DATE;
	};

}
