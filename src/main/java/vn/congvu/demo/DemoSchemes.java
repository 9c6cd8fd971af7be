package vn.congvu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import vn.congvu.catalog.Catalog;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PopulationWriter.Person;
import vn.congvu.personnel.PopulationWriter.Step;
import vn.congvu.position.JobPosition;
import vn.congvu.position.JobPositionLaw;
import vn.congvu.position.PositionGroup;
import vn.congvu.position.RankShare;
import vn.congvu.position.SchemeContent;
import vn.congvu.position.SchemeHistory;
import vn.congvu.shared.DecisionRef;

/**
 * The demo province's job-position schemes and the placements that go with them, told after the population:
 * <ul>
 * <li>the first schemes, applying from 1 January 2016 to every unit then staffed;</li>
 * <li>their adjustment and supplement, approved unit by unit between March and June 2021, after which every agency
 * complies on 30 June 2021 (the seed's 100%);</li>
 * <li>a first scheme for each unit created by the 2023 reorganisations, from its first day;</li>
 * <li>the schemes under Law 80/2025 of the units staffed after the 2025 restructuring, approved from August to
 * December 2025.</li>
 * </ul>
 * At the end of 2020 three agencies show typical violations (a specialist placed in a principal-specialist position, a
 * leadership position asking for a political-theory level its holders lack, a position over its headcount), and today
 * three units do (the same kinds, the first of them a placement made after 1 July 2025). Phường Bạc Liêu's HR has
 * submitted the adjustment that fixes its position over headcount, which Home Affairs has yet to approve.
 * <p>
 * Headcounts and rank structures are those of the people placed on the days the figures are asked for, with a
 * margin for the headcounts, so the generated careers fit the schemes on those days.
 */
final class DemoSchemes {

	static final String LEADERSHIP = "LD";

	static final LocalDate FIRST = LocalDate.of(2016, 1, 1);

	static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);

	static final LocalDate H1_2021_END = LocalDate.of(2021, 6, 30);

	static final LocalDate RESTRUCTURED = LocalDate.of(2025, 7, 1);

	/** Who places people in the demo: the HR desk of each unit, and the provincial Department of Home Affairs. */
	static final String SUBMITTER = "demo.tccb", APPROVER = "demo.sonoivu", WARD_HR = "demo.nhansu";

	/** A family of professional positions: its code prefix, the ranks of its levels (lowest first), its names. */
	private record Family(String prefix, List<String> ranks, List<String> names, String leaders) {
	}

	private static final Map<String, Family> FAMILIES = Map.of(
			"CV", new Family("CV", List.of("01.003", "01.002", "01.001"),
					List.of("Chuyên viên nghiệp vụ", "Chuyên viên chính nghiệp vụ", "Chuyên viên cao cấp nghiệp vụ"),
					"Lãnh đạo, quản lý cấp phòng và tương đương"),
			"TTV", new Family("TTV", List.of("04.025", "04.024", "04.023"),
					List.of("Thanh tra viên", "Thanh tra viên chính", "Thanh tra viên cao cấp"),
					"Lãnh đạo, quản lý thanh tra"),
			"GV", new Family("GV", List.of("01.003", "01.002"), List.of("Giáo viên", "Giáo viên chính"),
					"Hiệu trưởng, phó hiệu trưởng, tổ trưởng chuyên môn"),
			"BS", new Family("BS", List.of("V.08.01.03", "V.08.01.02", "V.08.01.01"),
					List.of("Bác sĩ", "Bác sĩ chính", "Bác sĩ cao cấp"), "Lãnh đạo khoa, phòng chuyên môn y"),
			"YT", new Family("YT", List.of("01.003", "01.002"),
					List.of("Chuyên viên y tế", "Chuyên viên chính y tế"), "Lãnh đạo phòng chức năng"));

	/** The name of a professional position by its code (CV1, GV2, ...). */
	static String positionName(String code) {
		var family = FAMILIES.get(family(code));
		return family.names().get(Integer.parseInt(code.substring(family.prefix().length())) - 1);
	}

	/** Where a person is on a day, as their career says. */
	private record Held(int person, long unitId, String code, String rank, Category category) {
	}

	private final Catalog catalog;

	private final LocalDate today;

	private final Map<Long, LocalDate> createdOn = new HashMap<>();

	private final Map<Long, String> unitKeys = new HashMap<>();

	private final Map<Long, vn.congvu.organization.UnitType> types = new HashMap<>();

	private final long ward;

	DemoSchemes(DemoOrganization organization, Map<String, Long> ids, Catalog catalog, LocalDate today) {
		this.catalog = catalog;
		this.today = today;
		for (var unit : organization.created()) {
			var id = ids.get(unit.key());
			if (id != null) {
				createdOn.put(id, unit.from());
				unitKeys.put(id, unit.key());
				types.put(id, unit.type());
			}
		}
		this.ward = ids.get("N31825");
	}

	// ------------------------------------------------------------------------------------------------ placements

	/** The careers with the placements that make the demo's violations added (the list is changed in place). */
	void placeAgainstTheRules(List<Person> people) {
		// end of 2020: a specialist in a principal-specialist position, from March 2019 until February 2021
		var first = candidate(people, vn.congvu.organization.UnitType.PROVINCIAL_AGENCY, "CV1",
				LocalDate.of(2019, 1, 1), LocalDate.of(2021, 6, 30), null);
		if (first >= 0) {
			place(people, first, LocalDate.of(2019, 3, 1), "CV2", "Sở Nội vụ tỉnh Bạc Liêu");
			place(people, first, LocalDate.of(2021, 2, 1), "CV1", "Sở Nội vụ tỉnh Bạc Liêu");
		}
		// today: a specialist placed in a principal-specialist position after 1 July 2025
		var second = candidate(people, vn.congvu.organization.UnitType.COMMUNE, "CV1", RESTRUCTURED.plusDays(1), today,
				ward);
		if (second >= 0) {
			place(people, second, LocalDate.of(2025, 10, 1), "CV2", "UBND " + "xã, phường");
		}
	}

	/**
	 * The first person (in list order) of a unit of {@code type} (other than {@code except}) holding {@code code}
	 * throughout [from, to] with no other placement in between, or -1.
	 */
	private int candidate(List<Person> people, vn.congvu.organization.UnitType type, String code, LocalDate from,
			LocalDate to, @Nullable Long except) {
		for (int i = 0; i < people.size(); i++) {
			var start = state(people.get(i), i, from);
			var end = state(people.get(i), i, to);
			if (start == null || end == null || !start.code().equals(code) || !end.code().equals(code)
					|| start.unitId() != end.unitId() || types.get(start.unitId()) != type
					|| (except != null && except == start.unitId())) {
				continue;
			}
			boolean quiet = people.get(i).career().stream()
				.noneMatch(s -> s.positionCode() != null && s.effectiveDate().isAfter(from) && !s.effectiveDate().isAfter(to));
			if (quiet) {
				return i;
			}
		}
		return -1;
	}

	private static void place(List<Person> people, int index, LocalDate date, String code, String issuer) {
		var person = people.get(index);
		var career = new ArrayList<>(person.career());
		career.add(new Step(ActionKind.POSITION_ASSIGNMENT, date, new DecisionRef("15/QĐ-" + code, date.minusDays(5),
				issuer), null, null, null, null, null, null, null, null, code, "Bố trí vị trí việc làm"));
		career.sort(Comparator.comparing(Step::effectiveDate));
		people.set(index, new Person(person.citizenId(), person.fullName(), person.dateOfBirth(), person.sex(),
				person.ethnicGroup(), person.religion(), person.homeTown(), person.professionalLevel(),
				person.partyJoinedOn(), person.provinceId(), career));
	}

	// ----------------------------------------------------------------------------------------------------- schemes

	/** Every unit's scheme versions, oldest first, with the placements of {@code people} in mind. */
	List<SchemeHistory.Decided> schemes(List<Person> people) {
		var versions = new ArrayList<SchemeHistory.Decided>();
		var at2016 = snapshot(people, FIRST);
		var at2020 = snapshot(people, END_2020);
		var at2021 = snapshot(people, H1_2021_END);
		var atToday = snapshot(people, today);
		var agencies2016 = at2016.keySet().stream()
			.filter(u -> types.get(u) == vn.congvu.organization.UnitType.PROVINCIAL_AGENCY)
			.sorted()
			.toList();
		// the agencies that break a rule at the end of 2020 (the first is the placement above)
		Long certificate2020 = agencies2016.size() > 1 ? agencies2016.get(1) : null;
		Long headcount2020 = agencies2016.size() > 2 ? agencies2016.get(2) : null;
		for (var unit : new TreeSet<>(at2016.keySet())) {
			var fit = days(at2016.get(unit), at2020.getOrDefault(unit, List.of()));
			var content = content(unit, "Đề án vị trí việc làm", FIRST, fit,
					at2020.containsKey(unit) ? at2020.get(unit) : at2016.get(unit),
					unit.equals(certificate2020) ? "CC" : null,
					unit.equals(headcount2020) ? at2020.getOrDefault(unit, List.of()) : null);
			versions.add(decided(unit, content, new DecisionRef(number(unit, 2015), LocalDate.of(2015, 12, 25),
					"UBND tỉnh Bạc Liêu"), "Chủ tịch UBND tỉnh Bạc Liêu"));
		}
		for (var unit : new TreeSet<>(at2021.keySet())) {
			var applies = LocalDate.of(2021, 3, 1).plusDays(Math.floorMod(unit * 37, 100));
			applies = later(applies, createdOn.get(unit));
			var content = content(unit, "Đề án điều chỉnh, bổ sung vị trí việc làm và cơ cấu ngạch", applies,
					List.of(at2021.get(unit)), at2021.get(unit), null, null);
			versions.add(decided(unit, content, new DecisionRef(number(unit, 2021), applies, "UBND tỉnh Bạc Liêu"),
					"Chủ tịch UBND tỉnh Bạc Liêu"));
		}
		// units created between the 2021 adjustment and the 2025 restructuring: a scheme from their first day
		for (var entry : createdOn.entrySet()) {
			var unit = entry.getKey();
			var from = entry.getValue();
			if (!from.isAfter(H1_2021_END) || !from.isBefore(RESTRUCTURED)) {
				continue;
			}
			var staffed = snapshot(people, from).get(unit);
			if (staffed == null) {
				continue;
			}
			var before = snapshot(people, RESTRUCTURED.minusDays(1)).getOrDefault(unit, List.of());
			var content = content(unit, "Đề án vị trí việc làm", from, days(staffed, before),
					before.isEmpty() ? staffed : before, null, null);
			versions.add(decided(unit, content, new DecisionRef(number(unit, from.getYear()), from.minusDays(10),
					"UBND tỉnh Bạc Liêu"), "Chủ tịch UBND tỉnh Bạc Liêu"));
		}
		var current = new ArrayList<>(new TreeSet<>(atToday.keySet()));
		var communes = current.stream()
			.filter(u -> types.get(u) == vn.congvu.organization.UnitType.COMMUNE && u != ward)
			.toList();
		Long certificateToday = communes.size() > 3 ? communes.get(3) : null;
		for (var unit : current) {
			var applies = LocalDate.of(2025, 8, 1).plusDays(Math.floorMod(unit * 53, 130));
			applies = later(applies, createdOn.get(unit));
			if (applies.isAfter(today)) {
				applies = later(RESTRUCTURED, createdOn.get(unit));
			}
			boolean over = unit == ward;
			var content = content(unit, "Đề án vị trí việc làm theo Luật Cán bộ, công chức năm 2025", applies,
					List.of(atToday.get(unit)), atToday.get(unit), unit.equals(certificateToday) ? "TC" : null,
					over ? atToday.get(unit) : null);
			versions.add(decided(unit, content, new DecisionRef(number(unit, applies.getYear()), applies,
					"UBND tỉnh Cà Mau"), "Chủ tịch UBND tỉnh Cà Mau"));
			if (over) {
				var fixed = content(unit, "Đề án điều chỉnh, bổ sung vị trí việc làm", today, List.of(atToday.get(unit)),
						atToday.get(unit), null, null);
				versions.add(new SchemeHistory.Decided(unit, fixed, WARD_HR, unit, null, null, null));
			}
		}
		return versions;
	}

	private static LocalDate later(LocalDate date, @Nullable LocalDate other) {
		return other != null && other.isAfter(date) ? other : date;
	}

	private static String number(long unit, int year) {
		return (100 + Math.floorMod(unit * 17 + year, 800)) + "/QĐ-UBND";
	}

	private static SchemeHistory.Decided decided(long unit, SchemeContent content, DecisionRef decision, String signer) {
		return new SchemeHistory.Decided(unit, content, SUBMITTER, unit, decision, signer, APPROVER);
	}

	private static List<List<Held>> days(List<Held> a, List<Held> b) {
		return List.of(a, b);
	}

	/**
	 * A version's content: a position for every level of each family of positions held in the unit and its leadership
	 * position, with headcounts that hold everyone of {@code fit} (the largest count of the days it covers, plus a tenth),
	 * and the rank structure of {@code shares}. {@code politicalTheory} is asked of the leadership positions when given;
	 * {@code tight} sets the first professional position's headcount one below its holders on that day.
	 */
	private SchemeContent content(long unit, String title, LocalDate applies, List<List<Held>> fit,
			List<Held> shares, @Nullable String politicalTheory, @Nullable List<Held> tight) {
		boolean law80 = !applies.isBefore(JobPositionLaw.LAW_80_2025);
		var families = new TreeSet<String>();
		fit.forEach(day -> day.forEach(h -> families.add(family(h.code()))));
		var positions = new ArrayList<JobPosition>();
		String tightCode = null;
		int tightCount = 0;
		if (tight != null) {
			var perCode = new TreeMap<String, Integer>();
			tight.forEach(h -> perCode.merge(h.code(), 1, Integer::sum));
			for (var e : perCode.entrySet()) {
				if (!e.getKey().startsWith(LEADERSHIP) && e.getValue() >= 2 && e.getValue() > tightCount) {
					tightCode = e.getKey();
					tightCount = e.getValue();
				}
			}
		}
		for (var prefix : families) {
			var family = FAMILIES.get(prefix);
			var leaderCode = LEADERSHIP + prefix;
			positions.add(position(leaderCode, family.leaders(), PositionGroup.LEADERSHIP, family.ranks().get(0),
					headcount(fit, leaderCode), politicalTheory, law80));
			for (int level = 0; level < family.ranks().size(); level++) {
				var code = prefix + (level + 1);
				int headcount = code.equals(tightCode) ? tightCount - 1 : headcount(fit, code);
				positions.add(position(code, family.names().get(level), PositionGroup.PROFESSIONAL,
						family.ranks().get(level), headcount, null, law80));
			}
		}
		return new SchemeContent(title, applies, positions, shares(shares, applies));
	}

	/** The most holders of {@code code} on any one of the days, plus a tenth (at least one). */
	private static int headcount(List<List<Held>> days, String code) {
		int most = 0;
		for (var day : days) {
			most = Math.max(most, (int) day.stream().filter(h -> h.code().equals(code)).count());
		}
		return Math.max(1, most + (most + 9) / 10);
	}

	private static JobPosition position(String code, String name, PositionGroup group, String rank, int headcount,
			@Nullable String politicalTheory, boolean law80) {
		return new JobPosition(code, name, group, rank, null, null, null,
				group == PositionGroup.LEADERSHIP ? politicalTheory : null, false, false, headcount,
				group == PositionGroup.LEADERSHIP, law80 ? "Mô tả công việc của vị trí " + name.toLowerCase(
						java.util.Locale.ROOT) + " theo mẫu của Bộ Nội vụ." : null,
				law80 ? "Năng lực chung, năng lực chuyên môn và năng lực quản lý theo khung năng lực của vị trí." : null);
	}

	/** The rank structure of the people placed: each level's share, two decimals, adding up to 100. */
	private List<RankShare> shares(List<Held> people, LocalDate date) {
		var counts = new LinkedHashMap<String, Integer>();
		int total = 0;
		var seen = new java.util.HashSet<Integer>();
		for (var h : people) {
			if (!seen.add(h.person())) {
				continue;
			}
			var rank = catalog.rank(h.rank(), date);
			if (rank.isPresent()) {
				counts.merge(rank.get().level(), 1, Integer::sum);
				total++;
			}
		}
		if (total == 0) {
			return List.of();
		}
		var shares = new ArrayList<RankShare>();
		var sum = BigDecimal.ZERO;
		String largest = null;
		int most = -1;
		for (var e : counts.entrySet()) {
			var pct = BigDecimal.valueOf(e.getValue() * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
			shares.add(new RankShare(e.getKey(), pct));
			sum = sum.add(pct);
			if (e.getValue() > most) {
				most = e.getValue();
				largest = e.getKey();
			}
		}
		var rest = BigDecimal.valueOf(100).subtract(sum);
		if (rest.signum() != 0) {
			for (int i = 0; i < shares.size(); i++) {
				if (shares.get(i).rankLevel().equals(largest)) {
					shares.set(i, new RankShare(largest, shares.get(i).targetPct().add(rest)));
				}
			}
		}
		return shares;
	}

	private static String family(String code) {
		var prefix = code.startsWith(LEADERSHIP) ? code.substring(LEADERSHIP.length()) : code.replaceAll("\\d+$", "");
		return prefix;
	}

	// ------------------------------------------------------------------------------------------------- snapshots

	/** Who holds which position in which unit on {@code date}, civil servants and public employees only. */
	private Map<Long, List<Held>> snapshot(List<Person> people, LocalDate date) {
		var units = new HashMap<Long, List<Held>>();
		for (int i = 0; i < people.size(); i++) {
			var held = state(people.get(i), i, date);
			if (held != null) {
				units.computeIfAbsent(held.unitId(), k -> new ArrayList<>()).add(held);
			}
		}
		return units;
	}

	private static @Nullable Held state(Person person, int index, LocalDate date) {
		Long unit = null;
		String code = null;
		String rank = null;
		Category category = null;
		boolean employed = false;
		for (var step : person.career()) {
			if (step.effectiveDate().isAfter(date)) {
				break;
			}
			var kind = step.kind();
			if (kind == ActionKind.RECRUITMENT || kind == ActionKind.RECEPTION) {
				employed = true;
				category = step.category();
			}
			if (kind == ActionKind.RETIREMENT || kind == ActionKind.RESIGNATION) {
				employed = false;
			}
			if (step.unitId() != null) {
				unit = step.unitId();
			}
			if (step.rankCode() != null) {
				rank = step.rankCode();
			}
			if (step.positionCode() != null) {
				code = step.positionCode();
			}
		}
		if (!employed || unit == null || code == null || rank == null || category == Category.CADRE) {
			return null;
		}
		return new Held(index, unit, code, rank, java.util.Objects.requireNonNull(category));
	}

}
