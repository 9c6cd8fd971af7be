package vn.congvu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PopulationWriter.Person;
import vn.congvu.personnel.PopulationWriter.Step;
import vn.congvu.recruitment.DriveHistory;
import vn.congvu.recruitment.Marks;
import vn.congvu.recruitment.Priority;
import vn.congvu.recruitment.Ranking;
import vn.congvu.recruitment.Regime;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;

/**
 * The recruitment drives the demo's recruits came out of. From 2021 — the first drives held wholly under the regimes
 * CôngVụ knows (Decree 115/2020 from 25/09/2020, Decree 138/2020 from 27/11/2020) — every civil servant or public
 * employee the population recruits is a successful candidate of a drive of the Department of Home Affairs: the
 * recruits who take up their posts within 25 days of each other (and on the same side of a reorganisation) make one
 * drive, whose decision is dated the first of those days and recruits them all. Each position of the drive has other
 * candidates too, with names, priorities and marks of their own; the marks are drawn until {@link Ranking}, under the
 * regime of the drive's date, passes exactly the recruits — the ranking the recruitment module does again when it
 * loads the drive. The recruits' recruitment actions then carry the drive's decision.
 * <p>
 * Earlier recruitments (1997–2020) stay actions without drives, as a province's archive would hold them: the rules of
 * the decrees before (24/2010, 29/2012, 161/2018) are not kept in CôngVụ. Cadres are elected, not recruited: their
 * entries have no drive either. Nor have the few recruitments of the months after the 2025 restructuring into units
 * whose first scheme was approved later (a drive recruits only into positions of an approved scheme).
 */
final class DemoDrives {

	static final LocalDate FROM = LocalDate.of(2021, 1, 1);

	/** Recruits who take up their posts within this many days of the first make one drive. */
	static final int WINDOW_DAYS = 25;

	private record Recruit(int person, int step, Step action) {
	}

	private final Map<String, Long> units;

	private final Set<LocalDate> reorganisations = new TreeSet<>();

	private final Random random;

	/** Candidates' citizen ids: none an official of the demo holds. */
	private final DemoIdentities identities = new DemoIdentities();

	private final List<DriveHistory.PastDrive> drives = new ArrayList<>();

	DemoDrives(DemoOrganization organization, Map<String, Long> units, long seed) {
		this.units = units;
		organization.fates().values().forEach(f -> reorganisations.add(f.date()));
		this.random = new Random(seed ^ 0xD21E5L);
	}

	/**
	 * The drives of the people's recruitments into units with an approved scheme (of {@code schemes}) on the day; the
	 * recruits' actions are given the drives' decisions in place.
	 */
	List<DriveHistory.PastDrive> drives(List<Person> people, List<DemoSchemes.Version> schemes) {
		people.forEach(p -> identities.taken(p.citizenId()));
		var versions = new java.util.HashMap<Long, java.util.TreeMap<LocalDate, vn.congvu.position.SchemeContent>>();
		for (var v : schemes) {
			if (v.decided().decision() != null) {
				versions.computeIfAbsent(v.decided().unitId(), k -> new java.util.TreeMap<>())
					.put(v.decided().content().appliesFrom(), v.decided().content());
			}
		}
		// a drive recruits into a position of the scheme in force on its decision's day (DriveHistory checks it)
		java.util.function.BiPredicate<Step, LocalDate> open = (s, day) -> {
			var unit = versions.get(s.unitId());
			var inForce = unit == null ? null : unit.floorEntry(day);
			return inForce != null && inForce.getValue().positions().stream()
				.anyMatch(p -> p.code().equalsIgnoreCase(s.positionCode()));
		};
		for (var category : List.of(Category.CIVIL_SERVANT, Category.PUBLIC_EMPLOYEE)) {
			var recruits = new ArrayList<Recruit>();
			for (int i = 0; i < people.size(); i++) {
				var career = people.get(i).career();
				for (int j = 0; j < career.size(); j++) {
					var s = career.get(j);
					if (s.kind() == ActionKind.RECRUITMENT && s.category() == category && !s.effectiveDate().isBefore(FROM)
							&& s.positionCode() != null && s.unitId() != null && open.test(s, s.effectiveDate())) {
						recruits.add(new Recruit(i, j, s));
					}
				}
			}
			recruits.sort(Comparator.comparing((Recruit r) -> r.action().effectiveDate()).thenComparing(Recruit::person));
			int k = 0;
			int round = 0;
			int year = 0;
			while (k < recruits.size()) {
				var first = recruits.get(k).action().effectiveDate();
				var last = first.plusDays(WINDOW_DAYS);
				for (var date : reorganisations) {
					if (date.isAfter(first) && !date.isAfter(last)) {
						last = date.minusDays(1);
						break;
					}
				}
				var group = new ArrayList<Recruit>();
				while (k < recruits.size() && !recruits.get(k).action().effectiveDate().isAfter(last)) {
					var r = recruits.get(k++);
					if (open.test(r.action(), first)) {
						group.add(r);
					}
				}
				if (first.getYear() != year) {
					year = first.getYear();
					round = 0;
				}
				drives.add(drive(people, category, group, ++round));
			}
		}
		return drives;
	}

	private DriveHistory.PastDrive drive(List<Person> people, Category category, List<Recruit> group, int round) {
		var decided = group.get(0).action().effectiveDate();
		var published = decided.minusDays(14 + random.nextInt(10));
		var until = published.minusDays(30 + random.nextInt(20));
		var announced = until.minusDays(30);
		if (announced.isBefore(Regime.firstDay(category))) {
			// the first drives of 2021: announced once the decree of the regime was in force
			announced = Regime.firstDay(category);
			until = announced.plusDays(Math.min(30, java.time.temporal.ChronoUnit.DAYS.between(announced, published) - 1));
		}
		var regime = Regime.of(category, announced);
		var issuer = group.get(0).action().decision().issuer();
		var decision = new DecisionRef(group.get(0).action().decision().number(), decided, issuer);
		var title = (category == Category.CIVIL_SERVANT ? "Tuyển dụng công chức" : "Tuyển dụng viên chức") + " năm "
				+ decided.getYear() + ", đợt " + round;
		var positions = new LinkedHashMap<String, List<Recruit>>();
		group.forEach(r -> positions.computeIfAbsent(r.action().unitId() + "|" + r.action().positionCode(),
				key -> new ArrayList<>()).add(r));
		var pastPositions = new ArrayList<DriveHistory.PastPosition>();
		var candidates = new ArrayList<DriveHistory.PastCandidate>();
		int index = 0;
		for (var recruits : positions.values()) {
			var action = recruits.get(0).action();
			var code = java.util.Objects.requireNonNull(action.positionCode());
			pastPositions.add(new DriveHistory.PastPosition(java.util.Objects.requireNonNull(action.unitId()), code,
					DemoSchemes.positionName(code), java.util.Objects.requireNonNull(action.rankCode()),
					recruits.size()));
			candidates.addAll(candidates(people, regime, index++, recruits, announced, until));
		}
		for (var r : group) {
			var s = r.action();
			people.get(r.person()).career().set(r.step(), new Step(s.kind(), s.effectiveDate(), decision, s.signer(),
					s.unitId(), s.category(), s.rankCode(), s.salaryScaleCode(), s.salaryStep(), s.stepStart(),
					s.positionTitle(), s.positionCode(), "Trúng tuyển kỳ " + title.toLowerCase(java.util.Locale.ROOT)));
		}
		return new DriveHistory.PastDrive(units.get(authority(announced)), title, category, announced, until,
				published, decision, pastPositions, candidates);
	}

	/** The Department of Home Affairs on a day: Bạc Liêu's, then Cà Mau's after the merger. */
	private static String authority(LocalDate date) {
		return date.isBefore(LocalDate.of(2025, 7, 1)) ? "BL.SNV" : "CM.SNV";
	}

	/**
	 * The candidates of one position: its recruits and one to three others, with marks the ranking passes the recruits
	 * with and no one else.
	 */
	private List<DriveHistory.PastCandidate> candidates(List<Person> people, Regime regime, int position,
			List<Recruit> recruits, LocalDate announced, LocalDate until) {
		int others = 1 + random.nextInt(3);
		var who = new ArrayList<DriveHistory.PastCandidate>();
		for (var r : recruits) {
			var p = people.get(r.person());
			who.add(new DriveHistory.PastCandidate(position, p.citizenId(), p.fullName(), p.dateOfBirth(), p.sex(),
					p.ethnicGroup(), p.professionalLevel(), priorities(p.ethnicGroup()), applied(announced, until),
					false, null, r.action().effectiveDate()));
		}
		for (int i = 0; i < others; i++) {
			var sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
			var born = announced.minusYears(22 + random.nextInt(9)).minusDays(random.nextInt(365));
			var ethnic = random.nextInt(100) < 8 ? "05" : "01";
			who.add(new DriveHistory.PastCandidate(position, citizenId(born, sex), name(sex), born, sex, ethnic,
					random.nextInt(4) == 0 ? "THS" : "DH", priorities(ethnic), applied(announced, until),
					random.nextInt(20) == 0, null, null));
		}
		var recruited = recruits.size();
		for (int attempt = 0; attempt < 500; attempt++) {
			var marked = new ArrayList<DriveHistory.PastCandidate>();
			var entries = new ArrayList<Ranking.Entry>();
			for (int i = 0; i < who.size(); i++) {
				var c = who.get(i);
				var marks = c.absent() ? null : marks(regime, i < recruited ? 55 : 30);
				marked.add(new DriveHistory.PastCandidate(c.position(), c.citizenId(), c.fullName(), c.dateOfBirth(),
						c.sex(), c.ethnicCode(), c.degreeLevel(), c.priorities(), c.appliedOn(), c.absent(), marks,
						c.recruitedOn()));
				entries.add(new Ranking.Entry(i, c.absent(), true, marks, c.priorities()));
			}
			var outcomes = Ranking.rank(regime, recruited, entries);
			if (outcomes.stream().allMatch(o -> (o.verdict() == Ranking.Verdict.PASSED) == (o.candidateId() < recruited))) {
				return marked;
			}
		}
		throw new IllegalStateException("no marks pass exactly the recruits of a demo drive of " + announced);
	}

	private Marks marks(Regime regime, int lowest) {
		var written = BigDecimal.valueOf(lowest * 4 + random.nextInt((96 - lowest) * 4), 0).divide(BigDecimal.valueOf(4));
		if (!regime.weighsWrittenAndInterview()) {
			return new Marks(written.setScale(2), null);
		}
		var interview = BigDecimal.valueOf(lowest * 4 + random.nextInt((96 - lowest) * 4), 0).divide(BigDecimal.valueOf(4));
		return new Marks(written.setScale(2), interview.setScale(2));
	}

	private static Set<Priority> priorities(String ethnic) {
		return ethnic.equals("01") ? Set.of() : EnumSet.of(Priority.ETHNIC_MINORITY);
	}

	private LocalDate applied(LocalDate announced, LocalDate until) {
		return announced.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(announced, until) + 1));
	}

	private String name(Sex sex) {
		return DemoIdentities.candidateName(random, sex);
	}

	/** A citizen id of Bạc Liêu (095) no official of the demo has. */
	private String citizenId(LocalDate born, Sex sex) {
		return identities.citizenId(DemoIdentities.BAC_LIEU, born, sex, random);
	}

}
