package vn.congvu.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.Sex;

/**
 * Who the demo's people are: their names, ethnic groups, religions, home towns, degrees, Party membership and citizen
 * ids, each drawn from the random stream of the person it is for (so a person is the same whatever else is drawn).
 * Names follow the shares of Vietnamese family names (DOMAIN A5), with the Khmer and Hoa communities of the Mekong
 * delta; citizen ids follow the layout {@link vn.congvu.shared.CitizenId} checks (province, century and sex, year of
 * birth, six digits) and are never drawn twice by one instance.
 */
final class DemoIdentities {

	/** An official's identity as drawn. */
	record Identity(String citizenId, String fullName, String ethnicGroup, @Nullable String religion, String homeTown,
			String professionalLevel, @Nullable LocalDate partyJoinedOn) {
	}

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Huỳnh", "Phạm", "Võ", "Phan", "Lâm", "Trương",
			"Đặng", "Ngô", "Lý", "Dương", "Bùi", "Đỗ", "Hồ", "Châu", "Tô", "Đinh", "Mai", "Cao", "La", "Hà", "Quách" };

	/** Shares of the family names above, in tenths of a per cent (DOMAIN A5; the rest spread over the others). */
	private static final int[] FAMILY_WEIGHT = { 310, 110, 90, 60, 60, 50, 40, 30, 20, 20, 20, 20, 20, 15, 15, 15, 10, 10,
			10, 10, 10, 10, 10, 5 };

	private static final String[] KHMER_FAMILY = { "Thạch", "Danh", "Sơn", "Kim", "Lâm", "Huỳnh" };

	private static final String[] HOA_FAMILY = { "Lâm", "Trương", "Quách", "Tăng", "Lý", "Huỳnh" };

	private static final String[] MALE_MIDDLE = { "Văn", "Minh", "Hoàng", "Quốc", "Thanh", "Hữu", "Đức", "Công" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Bích", "Thúy" };

	private static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hòa",
			"Hùng", "Huy", "Khang", "Khoa", "Kiệt", "Lâm", "Lộc", "Long", "Luân", "Minh", "Nam", "Nghĩa", "Nhân", "Phát",
			"Phong", "Phúc", "Quang", "Sang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thiện", "Thịnh", "Toàn", "Trí",
			"Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ" };

	private static final String[] FEMALE_GIVEN = { "Anh", "Ánh", "Bích", "Châu", "Diễm", "Dung", "Duyên", "Giang", "Hà",
			"Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Huyền", "Khánh", "Lan", "Liên", "Linh", "Loan", "Mai", "My",
			"Nga", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Thư", "Trang",
			"Trinh", "Tuyết", "Uyên", "Vân", "Xuân", "Yến" };

	private static final String[] KHMER_GIVEN = { "Sóc", "Sên", "Sa Rươl", "Chanh", "Thươl", "Kha", "Phal", "Sa Quang" };

	/** Bạc Liêu's province code in citizen ids (Circular 07/2016/TT-BCA, Annex). */
	static final String BAC_LIEU = "095";

	private final Set<String> citizenIds = new HashSet<>();

	/**
	 * An official of the province: 8 % Khmer (half with a Khmer given name, Buddhist), 3 % Hoa, the rest Kinh; 85 %
	 * born in Bạc Liêu; 35 % joined the Party two to nine years after entering service, if before {@code horizon}.
	 */
	Identity official(Random random, Sex sex, LocalDate born, LocalDate entered, boolean doctor, LocalDate horizon) {
		var khmer = random.nextInt(100) < 8;
		var hoa = !khmer && random.nextInt(100) < 3;
		String family = khmer ? pick(random, KHMER_FAMILY) : hoa ? pick(random, HOA_FAMILY) : weightedFamily(random);
		String middle = sex == Sex.MALE ? pick(random, MALE_MIDDLE) : pick(random, FEMALE_MIDDLE);
		String given = khmer && random.nextBoolean() ? pick(random, KHMER_GIVEN)
				: sex == Sex.MALE ? pick(random, MALE_GIVEN) : pick(random, FEMALE_GIVEN);
		var province = random.nextInt(100) < 85 ? BAC_LIEU : pick(random, "096", "094", "092", "089", "079");
		var joined = entered.plusYears(2 + random.nextInt(8));
		var party = random.nextInt(100) < 35 && joined.isBefore(horizon) ? joined : null;
		var citizenId = citizenId(province, born, sex, random);
		var homeTown = khmer ? "Bạc Liêu" : pick(random, "Bạc Liêu", "Bạc Liêu", "Cà Mau", "Sóc Trăng", "Cần Thơ");
		var level = doctor ? "DH" : pick(random, "DH", "DH", "DH", "CD", "THS");
		return new Identity(citizenId, family + " " + middle + " " + given, khmer ? "05" : hoa ? "04" : "01",
				khmer ? "BUDDHISM" : null, homeTown, level, party);
	}

	/** A candidate from outside the service: a Kinh name, every family name as likely. */
	static String candidateName(Random random, Sex sex) {
		return pick(random, FAMILY) + " " + pick(random, sex == Sex.MALE ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
				+ pick(random, sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN);
	}

	/** Marks a citizen id as held, so that none drawn later repeats it. */
	void taken(String citizenId) {
		citizenIds.add(citizenId);
	}

	/**
	 * A citizen id no one of this instance holds: the province's code, the century and sex digit (0 a man born in the
	 * 1900s, 1 a woman; 2 and 3 in the 2000s), the last two digits of the year of birth, and six random digits.
	 */
	String citizenId(String province, LocalDate born, Sex sex, Random random) {
		int digit = (born.getYear() < 2000 ? 0 : 2) + (sex == Sex.FEMALE ? 1 : 0);
		String id;
		do {
			id = province + digit + String.format("%02d", born.getYear() % 100)
					+ String.format("%06d", random.nextInt(1_000_000));
		}
		while (!citizenIds.add(id));
		return id;
	}

	private static String weightedFamily(Random random) {
		int total = 0;
		for (var w : FAMILY_WEIGHT) {
			total += w;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < FAMILY.length; i++) {
			roll -= FAMILY_WEIGHT[i];
			if (roll < 0) {
				return FAMILY[i];
			}
		}
		return FAMILY[0];
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

}
