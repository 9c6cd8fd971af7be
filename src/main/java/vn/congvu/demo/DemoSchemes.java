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

	/** The planted placement against the rules of October 2025 lasts at least until this day. */
	static final LocalDate MISPLACED_UNTIL = LocalDate.of(2027, 12, 31);

	/**
	 * Phường Bạc Liêu's position over its headcount: its HR submits the adjustment that fixes it on the first day,
	 * Home Affairs approves it, applying from the second.
	 */
	static final LocalDate WARD_FIX_SUBMITTED = LocalDate.of(2026, 11, 16), WARD_FIX = LocalDate.of(2027, 1, 1);

	/** A version and the day it was submitted (for most, the day of its decision). */
	record Version(SchemeHistory.Decided decided, LocalDate submittedOn) {
	}

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

	private final Map<Long, LocalDate> createdOn = new HashMap<>();

	private final Map<Long, String> unitKeys = new HashMap<>();

	private final Map<Long, vn.congvu.organization.UnitType> types = new HashMap<>();

	private final long ward;

	DemoSchemes(DemoOrganization organization, Map<String, Long> ids, Catalog catalog) {
		this.catalog = catalog;
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
		// since October 2025: a specialist placed in a principal-specialist position after 1 July 2025, who stays a
		// specialist in that unit until the end of 2027 at least
		var second = candidate(people, vn.congvu.organization.UnitType.COMMUNE, "CV1", RESTRUCTURED.plusDays(1),
				MISPLACED_UNTIL, ward);
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

	/**
	 * Every unit's scheme versions, oldest first, with the placements of {@code people} in mind, to the demo's horizon:
	 * from the 2025 restructuring on, a unit adjusts its scheme on the first day its people no longer fit it (a position
	 * over its headcount, or a rank level outside the tolerance of its structure) — except where the demo breaks a rule
	 * on purpose.
	 */
	List<Version> schemes(List<Person> people) {
		var staff = staff(people);
		var versions = new ArrayList<Version>();
		var at2016 = snapshot(staff, FIRST);
		var at2020 = snapshot(staff, END_2020);
		var at2021 = snapshot(staff, H1_2021_END);
		var agencies2016 = at2016.keySet().stream()
			.filter(u -> types.get(u) == vn.congvu.organization.UnitType.PROVINCIAL_AGENCY)
			.sorted()
			.toList();
		// the agencies that break a rule at the end of 2020 (the first is the placement above)
		Long certificate2020 = agencies2016.size() > 1 ? agencies2016.get(1) : null;
		Long headcount2020 = agencies2016.size() > 2 ? agencies2016.get(2) : null;
		for (var unit : new TreeSet<>(at2016.keySet())) {
			var content = content(unit, "Đề án vị trí việc làm", FIRST,
					most(at2016.get(unit), at2020.getOrDefault(unit, List.of())),
					at2020.containsKey(unit) ? at2020.get(unit) : at2016.get(unit),
					unit.equals(certificate2020) ? "CC" : null,
					unit.equals(headcount2020) ? tightest(at2020.getOrDefault(unit, List.of())) : null);
			versions.add(decided(unit, content, new DecisionRef(number(unit, 2015), LocalDate.of(2015, 12, 25),
					"UBND tỉnh Bạc Liêu"), "Chủ tịch UBND tỉnh Bạc Liêu"));
		}
		for (var unit : new TreeSet<>(at2021.keySet())) {
			var applies = LocalDate.of(2021, 3, 1).plusDays(Math.floorMod(unit * 37, 100));
			applies = later(applies, createdOn.get(unit));
			var content = content(unit, "Đề án điều chỉnh, bổ sung vị trí việc làm và cơ cấu ngạch", applies,
					most(at2021.get(unit)), at2021.get(unit), null, null);
			versions.add(decided(unit, content, new DecisionRef(number(unit, 2021), applies, "UBND tỉnh Bạc Liêu"),
					"Chủ tịch UBND tỉnh Bạc Liêu"));
		}
		// units created between the 2021 adjustment and the 2025 restructuring: a scheme from their first day
		for (var entry : new java.util.TreeMap<>(createdOn).entrySet()) {
			var unit = entry.getKey();
			var from = entry.getValue();
			if (!from.isAfter(H1_2021_END) || !from.isBefore(RESTRUCTURED)) {
				continue;
			}
			var staffed = snapshot(staff, from).get(unit);
			if (staffed == null) {
				continue;
			}
			var before = snapshot(staff, RESTRUCTURED.minusDays(1)).getOrDefault(unit, List.of());
			var content = content(unit, "Đề án vị trí việc làm", from, most(staffed, before),
					before.isEmpty() ? staffed : before, null, null);
			versions.add(decided(unit, content, new DecisionRef(number(unit, from.getYear()), from.minusDays(10),
					"UBND tỉnh Bạc Liêu"), "Chủ tịch UBND tỉnh Bạc Liêu"));
		}
		// the units of the restructured province: a scheme under Law 80/2025, then adjusted as their people change
		var current = staff.entrySet().stream()
			.filter(e -> e.getValue().stream().anyMatch(h -> h.to().isAfter(RESTRUCTURED)))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		var communes = current.stream()
			.filter(u -> types.get(u) == vn.congvu.organization.UnitType.COMMUNE && u != ward)
			.toList();
		Long certificateToday = communes.size() > 3 ? communes.get(3) : null;
		for (var unit : current) {
			versions.addAll(restructured(unit, staff.get(unit), unit.equals(certificateToday) ? "TC" : null));
		}
		return versions;
	}

	/**
	 * A unit's versions from its scheme under Law 80/2025 (approved between August and December 2025) to the horizon.
	 * Each is fitted to its people over the year from its first day; a new one applies from the first day they no longer
	 * fit. The ward keeps one position over its headcount until the adjustment its HR submits is approved.
	 */
	private List<Version> restructured(long unit, List<Holding> staff, @Nullable String politicalTheory) {
		var versions = new ArrayList<Version>();
		var applies = later(LocalDate.of(2025, 8, 1).plusDays(Math.floorMod(unit * 53, 130)), createdOn.get(unit));
		boolean ward = unit == this.ward;
		var title = "Đề án vị trí việc làm theo Luật Cán bộ, công chức năm 2025";
		while (applies != null && applies.isBefore(DemoPopulation.HORIZON)) {
			var tight = ward && applies.isBefore(WARD_FIX) ? tightUntilFix(staff, applies) : null;
			// every family the unit has had keeps its positions, even in a year none of them is held
			var most = most(staff, applies);
			staff.forEach(h -> most.putIfAbsent(h.code(), 0));
			var content = content(unit, title, applies, most, on(staff, applies), politicalTheory, tight);
			var decision = new DecisionRef(number(unit, applies.getYear()) + (versions.isEmpty() ? ""
					: "-" + versions.size()), applies, "UBND tỉnh Cà Mau");
			var submitted = applies;
			if (ward && applies.equals(WARD_FIX)) {
				submitted = WARD_FIX_SUBMITTED;
			}
			versions.add(new Version(new SchemeHistory.Decided(unit, content, ward && applies.equals(WARD_FIX)
					? WARD_HR : SUBMITTER, unit, decision, "Chủ tịch UBND tỉnh Cà Mau", APPROVER), submitted));
			var next = firstMisfit(staff, content, applies, tight == null ? null : tight.keySet().iterator().next());
			if (ward && applies.isBefore(WARD_FIX) && (next == null || !next.isBefore(WARD_FIX_SUBMITTED))) {
				next = WARD_FIX;
				title = "Đề án điều chỉnh, bổ sung vị trí việc làm";
			}
			else if (next != null) {
				title = "Đề án điều chỉnh vị trí việc làm năm " + next.getYear();
			}
			applies = next;
		}
		return versions;
	}

	/** The most holders of each position on any day of the year from {@code applies}. */
	private static Map<String, Integer> most(List<Holding> staff, LocalDate applies) {
		var most = new TreeMap<String, Integer>();
		range(staff, applies, applies.plusYears(1)).forEach((code, minMax) -> most.put(code, minMax[1]));
		return most;
	}

	/**
	 * The ward's largest professional position until its fix, with a headcount one below the fewest holders it has in
	 * that time; {@code null} when no position has two holders throughout.
	 */
	private static @Nullable Map<String, Integer> tightUntilFix(List<Holding> staff, LocalDate applies) {
		String code = null;
		int fewest = 1;
		for (var e : range(staff, applies, WARD_FIX).entrySet()) {
			if (!e.getKey().startsWith(LEADERSHIP) && e.getValue()[0] > fewest) {
				code = e.getKey();
				fewest = e.getValue()[0];
			}
		}
		return code == null ? null : Map.of(code, fewest - 1);
	}

	/**
	 * The first day after {@code from} on which the unit's people no longer fit {@code content}: more holders of a
	 * position than its headcount (but for the one kept tight on purpose), or a rank level's share further than 9
	 * points from the structure (the rule allows 10); {@code null} if they fit to the horizon.
	 */
	private @Nullable LocalDate firstMisfit(List<Holding> staff, SchemeContent content, LocalDate from,
			@Nullable String tightCode) {
		var headcounts = new HashMap<String, Integer>();
		content.positions().forEach(p -> headcounts.put(p.code(), p.headcount()));
		var targets = new HashMap<String, BigDecimal>();
		content.rankShares().forEach(t -> targets.put(t.rankLevel(), t.targetPct()));
		for (var day : changes(staff, from.plusDays(1), DemoPopulation.HORIZON)) {
			var held = on(staff, day);
			var perCode = new HashMap<String, Integer>();
			held.forEach(h -> perCode.merge(h.code(), 1, Integer::sum));
			for (var e : perCode.entrySet()) {
				if (!e.getKey().equals(tightCode) && e.getValue() > headcounts.getOrDefault(e.getKey(), 0)) {
					return day;
				}
			}
			if (!targets.isEmpty()) {
				var perLevel = new HashMap<String, Integer>();
				int ranked = 0;
				for (var h : held) {
					var level = level(h.rank(), day);
					if (level != null) {
						perLevel.merge(level, 1, Integer::sum);
						ranked++;
					}
				}
				var levels = new java.util.HashSet<>(targets.keySet());
				levels.addAll(perLevel.keySet());
				for (var level : levels) {
					double actual = ranked == 0 ? 0 : perLevel.getOrDefault(level, 0) * 100.0 / ranked;
					if (ranked > 0 && Math.abs(actual - targets.getOrDefault(level, BigDecimal.ZERO).doubleValue()) > 9) {
						return day;
					}
				}
			}
		}
		return null;
	}

	private final Map<String, java.util.Optional<String>> levels = new HashMap<>();

	private @Nullable String level(String rank, LocalDate day) {
		return levels.computeIfAbsent(rank + "|" + day.getYear(),
				k -> catalog.rank(rank, day).map(vn.congvu.catalog.RankView::level))
			.orElse(null);
	}

	private static LocalDate later(LocalDate date, @Nullable LocalDate other) {
		return other != null && other.isAfter(date) ? other : date;
	}

	private static String number(long unit, int year) {
		return (100 + Math.floorMod(unit * 17 + year, 800)) + "/QĐ-UBND";
	}

	private static Version decided(long unit, SchemeContent content, DecisionRef decision, String signer) {
		return new Version(new SchemeHistory.Decided(unit, content, SUBMITTER, unit, decision, signer, APPROVER),
				decision.date());
	}

	/**
	 * A version's content: a position for every level of each family of positions held in the unit and its leadership
	 * position, with headcounts that hold the {@code most} holders of each (plus a tenth), and the rank structure of
	 * {@code shares}. {@code politicalTheory} is asked of the leadership positions when given; {@code tight} sets the
	 * headcount of a position below its holders on purpose.
	 */
	private SchemeContent content(long unit, String title, LocalDate applies, Map<String, Integer> most,
			List<Held> shares, @Nullable String politicalTheory, @Nullable Map<String, Integer> tight) {
		boolean law80 = !applies.isBefore(JobPositionLaw.LAW_80_2025);
		var families = new TreeSet<String>();
		most.keySet().forEach(code -> families.add(family(code)));
		var positions = new ArrayList<JobPosition>();
		for (var prefix : families) {
			var family = FAMILIES.get(prefix);
			var leaderCode = LEADERSHIP + prefix;
			positions.add(position(leaderCode, family.leaders(), PositionGroup.LEADERSHIP, family.ranks().get(0),
					headcount(most, leaderCode), politicalTheory, law80));
			for (int level = 0; level < family.ranks().size(); level++) {
				var code = prefix + (level + 1);
				int headcount = tight != null && tight.containsKey(code) ? tight.get(code) : headcount(most, code);
				positions.add(position(code, family.names().get(level), PositionGroup.PROFESSIONAL,
						family.ranks().get(level), headcount, null, law80));
			}
		}
		return new SchemeContent(title, applies, positions, shares(shares, applies));
	}

	/** The most holders of each position on any one of the days. */
	@SafeVarargs
	private static Map<String, Integer> most(List<Held>... days) {
		var most = new TreeMap<String, Integer>();
		for (var day : days) {
			var perCode = new HashMap<String, Integer>();
			day.forEach(h -> perCode.merge(h.code(), 1, Integer::sum));
			perCode.forEach((code, n) -> most.merge(code, n, Math::max));
		}
		return most;
	}

	/** The position with the most holders on a day (two at least), with a headcount one below them; or {@code null}. */
	private static @Nullable Map<String, Integer> tightest(List<Held> day) {
		String code = null;
		int count = 1;
		for (var e : most(day).entrySet()) {
			if (!e.getKey().startsWith(LEADERSHIP) && e.getValue() > count) {
				code = e.getKey();
				count = e.getValue();
			}
		}
		return code == null ? null : Map.of(code, count - 1);
	}

	/** The most holders of {@code code}, plus a tenth (at least one). */
	private static int headcount(Map<String, Integer> most, String code) {
		int n = most.getOrDefault(code, 0);
		return Math.max(1, n + (n + 9) / 10);
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

	/** Where a person is on a day, as their career says; {@code null} when in no position. */
	private static @Nullable Held state(Person person, int index, LocalDate date) {
		for (var holdings : staff(List.of(person)).values()) {
			for (var h : holdings) {
				if (h.on(date)) {
					return new Held(index, h.unitId(), h.code(), h.rank(), h.category());
				}
			}
		}
		return null;
	}

	/** A person holding a position in a unit over [from, to). */
	private record Holding(int person, long unitId, String code, String rank, Category category, LocalDate from,
			LocalDate to) {

		boolean on(LocalDate date) {
			return !from.isAfter(date) && to.isAfter(date);
		}

		Held held() {
			return new Held(person, unitId, code, rank, category);
		}

	}

	/**
	 * Who holds which position in which unit, over time, by unit: civil servants and public employees only, from their
	 * careers (a day's steps all taken before the day's holding is known).
	 */
	private static Map<Long, List<Holding>> staff(List<Person> people) {
		var staff = new HashMap<Long, List<Holding>>();
		var end = DemoPopulation.HORIZON.plusDays(1);
		for (int i = 0; i < people.size(); i++) {
			var career = people.get(i).career();
			Long unit = null;
			String code = null;
			String rank = null;
			Category category = null;
			boolean employed = false;
			Held open = null;
			LocalDate openedOn = null;
			for (int j = 0; j < career.size(); j++) {
				var step = career.get(j);
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
				if (j + 1 < career.size() && career.get(j + 1).effectiveDate().equals(step.effectiveDate())) {
					continue;
				}
				var now = !employed || unit == null || code == null || rank == null || category == Category.CADRE ? null
						: new Held(i, unit, code, rank, java.util.Objects.requireNonNull(category));
				if (!java.util.Objects.equals(now, open)) {
					if (open != null && openedOn != null && step.effectiveDate().isAfter(openedOn)) {
						staff.computeIfAbsent(open.unitId(), k -> new ArrayList<>()).add(new Holding(open.person(),
								open.unitId(), open.code(), open.rank(), open.category(), openedOn, step.effectiveDate()));
					}
					open = now;
					openedOn = step.effectiveDate();
				}
			}
			if (open != null && openedOn != null) {
				staff.computeIfAbsent(open.unitId(), k -> new ArrayList<>()).add(new Holding(open.person(),
						open.unitId(), open.code(), open.rank(), open.category(), openedOn, end));
			}
		}
		return staff;
	}

	/** Who holds which position in which unit on {@code date}. */
	private static Map<Long, List<Held>> snapshot(Map<Long, List<Holding>> staff, LocalDate date) {
		var units = new HashMap<Long, List<Held>>();
		staff.forEach((unit, holdings) -> {
			var held = on(holdings, date);
			if (!held.isEmpty()) {
				units.put(unit, held);
			}
		});
		return units;
	}

	private static List<Held> on(List<Holding> holdings, LocalDate date) {
		var held = new ArrayList<Held>();
		for (var h : holdings) {
			if (h.on(date)) {
				held.add(h.held());
			}
		}
		return held;
	}

	/** The days in [from, to) on which a unit's holdings change, and {@code from}. */
	private static List<LocalDate> changes(List<Holding> holdings, LocalDate from, LocalDate to) {
		var days = new TreeSet<LocalDate>();
		days.add(from);
		for (var h : holdings) {
			if (h.from().isAfter(from) && h.from().isBefore(to)) {
				days.add(h.from());
			}
			if (h.to().isAfter(from) && h.to().isBefore(to)) {
				days.add(h.to());
			}
		}
		return new ArrayList<>(days);
	}

	/** The fewest and the most holders of each position held on some day of [from, to), over the days of the range. */
	private static Map<String, int[]> range(List<Holding> holdings, LocalDate from, LocalDate to) {
		var range = new TreeMap<String, int[]>();
		var days = changes(holdings, from, to);
		var codes = new TreeSet<String>();
		holdings.stream().filter(h -> h.from().isBefore(to) && h.to().isAfter(from)).forEach(h -> codes.add(h.code()));
		for (var code : codes) {
			range.put(code, new int[] { Integer.MAX_VALUE, 0 });
		}
		for (var day : days) {
			var perCode = new HashMap<String, Integer>();
			for (var h : holdings) {
				if (h.on(day)) {
					perCode.merge(h.code(), 1, Integer::sum);
				}
			}
			for (var code : codes) {
				var minMax = range.get(code);
				int n = perCode.getOrDefault(code, 0);
				minMax[0] = Math.min(minMax[0], n);
				minMax[1] = Math.max(minMax[1], n);
			}
		}
		return range;
	}

}
