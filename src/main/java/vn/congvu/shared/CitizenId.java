package vn.congvu.shared;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.TreeMap;

/**
 * The 12-digit personal identification number of a Vietnamese citizen (số định danh cá nhân, printed on the citizen
 * identity card).
 * <p>
 * Structure (Circular 07/2016/TT-BCA, Art. 7, as amended by Circular 59/2021/TT-BCA): digits 1–3, the province where
 * the birth was registered; digit 4, sex and century of birth (0/1 male/female born 1900–1999, 2/3 born 2000–2099,
 * 4/5 2100–2199, 6/7 2200–2299, 8/9 2300–2399); digits 5–6, the last two digits of the birth year; digits 7–12,
 * a random number. Province codes are those of Decision 124/2004/QĐ-TTg with a leading zero; they did not change with
 * the 2025 merger of provinces, since they record where a birth was registered.
 */
public record CitizenId(String value) {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	/** Province codes of the citizen id (Circular 07/2016/TT-BCA, Annex). */
	public static final Map<String, String> PROVINCES = provinces();

	public CitizenId {
		if (value == null) {
			throw new InvalidInputException("citizenId", "validation.citizenId.required");
		}
		value = value.strip().replace(" ", "");
		if (!TWELVE_DIGITS.matcher(value).matches()) {
			throw new InvalidInputException("citizenId", "validation.citizenId.format");
		}
		if (!PROVINCES.containsKey(value.substring(0, 3))) {
			throw new InvalidInputException("citizenId", "validation.citizenId.province", value.substring(0, 3));
		}
	}

	public String provinceCode() {
		return value.substring(0, 3);
	}

	/** Whether the id's sex-and-century digit and year digits agree with a birth date and sex. */
	public boolean agreesWith(LocalDate birthDate, Sex sex) {
		int year = birthDate.getYear();
		int century = (year / 100) - 19;
		if (century < 0 || century > 4) {
			return false;
		}
		int expected = century * 2 + (sex == Sex.FEMALE ? 1 : 0);
		return value.charAt(3) - '0' == expected && Integer.parseInt(value.substring(4, 6)) == year % 100;
	}

	/** Checks the id against a birth date and sex; the error says which one disagrees. */
	public CitizenId checkAgainst(LocalDate birthDate, Sex sex) {
		if (!agreesWith(birthDate, sex)) {
			throw new InvalidInputException("citizenId", "validation.citizenId.mismatch", value.charAt(3),
					value.substring(4, 6));
		}
		return this;
	}

	@Override
	public String toString() {
		return value;
	}

	private static Map<String, String> provinces() {
		var codes = new TreeMap<String, String>();
		String[] rows = { "001 Hà Nội", "002 Hà Giang", "004 Cao Bằng", "006 Bắc Kạn", "008 Tuyên Quang", "010 Lào Cai",
				"011 Điện Biên", "012 Lai Châu", "014 Sơn La", "015 Yên Bái", "017 Hòa Bình", "019 Thái Nguyên",
				"020 Lạng Sơn", "022 Quảng Ninh", "024 Bắc Giang", "025 Phú Thọ", "026 Vĩnh Phúc", "027 Bắc Ninh",
				"030 Hải Dương", "031 Hải Phòng", "033 Hưng Yên", "034 Thái Bình", "035 Hà Nam", "036 Nam Định",
				"037 Ninh Bình", "038 Thanh Hóa", "040 Nghệ An", "042 Hà Tĩnh", "044 Quảng Bình", "045 Quảng Trị",
				"046 Thừa Thiên Huế", "048 Đà Nẵng", "049 Quảng Nam", "051 Quảng Ngãi", "052 Bình Định", "054 Phú Yên",
				"056 Khánh Hòa", "058 Ninh Thuận", "060 Bình Thuận", "062 Kon Tum", "064 Gia Lai", "066 Đắk Lắk",
				"067 Đắk Nông", "068 Lâm Đồng", "070 Bình Phước", "072 Tây Ninh", "074 Bình Dương", "075 Đồng Nai",
				"077 Bà Rịa - Vũng Tàu", "079 Hồ Chí Minh", "080 Long An", "082 Tiền Giang", "083 Bến Tre",
				"084 Trà Vinh", "086 Vĩnh Long", "087 Đồng Tháp", "089 An Giang", "091 Kiên Giang", "092 Cần Thơ",
				"093 Hậu Giang", "094 Sóc Trăng", "095 Bạc Liêu", "096 Cà Mau" };
		for (var row : rows) {
			codes.put(row.substring(0, 3), row.substring(4));
		}
		return java.util.Collections.unmodifiableMap(codes);
	}

}
