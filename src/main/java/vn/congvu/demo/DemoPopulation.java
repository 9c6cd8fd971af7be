package vn.congvu.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.SalaryScale;
import vn.congvu.organization.UnitType;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PopulationWriter;
import vn.congvu.personnel.ProbationRule;
import vn.congvu.personnel.RetirementRule;
import vn.congvu.personnel.SalaryStepRule;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;

/**
 * The demo province's officials: a deterministic synthetic population (the same seed gives the same people) whose
 * careers run from the province's re-establishment in 1997 to today, told as personnel actions — intakes and
 * recruitments, end of probation, the 2004 salary conversion, regular salary steps, promotions, transfers,
 * reassignments, appointments and re-appointments, resignations, retirements at the legal age, and the moves that
 * follow the 2023 and 2025 reorganisations.
 * <p>
 * Every post is held by one person after another: a person who retires or leaves is replaced some months later.
 * Movements happen at yearly rates, except in the first half of 2021, whose movements are those of Bạc Liêu's 2021
 * civil-service reform report (the seed): 13 recruitments, and 117 transfers, appointments, reassignments and intakes.
 * Those are still careers of this population — the people moved or appointed are drawn from those then employed and
 * their later careers follow from it — but their number is the report's, not chance's.
 */
final class DemoPopulation {

	static final LocalDate REESTABLISHED = LocalDate.of(1997, 1, 1);

	/**
	 * The last day the demo's history is told to. It is told whole, whatever the day it is loaded for, and then cut at
	 * that day ({@link DemoAsOf}): the province of any day is the same, up to that day, as the province of any later day.
	 */
	static final LocalDate HORIZON = LocalDate.of(2040, 12, 31);

	/** The streams of the plans of the first half of 2021 and of the holders they add (beyond every post's number). */
	private static final long PLANS_LINE = -1, H1_LINES = 1L << 32;

	static final LocalDate SALARY_REFORM = LocalDate.of(2004, 10, 1);

	static final LocalDate H1_2021_FROM = LocalDate.of(2021, 1, 1);

	static final LocalDate H1_2021_TO = LocalDate.of(2021, 6, 30);

	/** The seed report's movements of the first half of 2021 (DOMAIN A2; 41 + 38 + 20 + 18 = 117). */
	static final int RECRUITED = 13, TRANSFERRED = 41, APPOINTED = 30, REAPPOINTED = 8, REASSIGNED = 20, RECEIVED = 18;

	/** Who holds posts of a kind of unit, with which ranks (lowest first). */
	enum Role {

		COMMUNE_CADRE(Category.CADRE, "CB", "01.003", "01.002"),
		COMMUNE_CIVIL(Category.CIVIL_SERVANT, "CV", "01.003", "01.002"),
		AGENCY_CIVIL(Category.CIVIL_SERVANT, "CV", "01.003", "01.002", "01.001"),
		INSPECTOR(Category.CIVIL_SERVANT, "TTV", "04.025", "04.024", "04.023"),
		DISTRICT_CIVIL(Category.CIVIL_SERVANT, "CV", "01.003", "01.002"),
		TEACHER(Category.PUBLIC_EMPLOYEE, "GV", "01.003", "01.002"),
		DOCTOR(Category.PUBLIC_EMPLOYEE, "BS", "V.08.01.03", "V.08.01.02", "V.08.01.01"),
		HEALTH_STAFF(Category.PUBLIC_EMPLOYEE, "YT", "01.003", "01.002");

		final Category category;

		/** The start of the codes of the role's professional positions (CV1, CV2, ... by rank, lowest first). */
		final String prefix;

		final List<String> ranks;

		Role(Category category, String prefix, String... ranks) {
			this.category = category;
			this.prefix = prefix;
			this.ranks = List.of(ranks);
		}

		boolean movable(Role other) {
			return this == other || (civil() && other.civil());
		}

		boolean civil() {
			return this == AGENCY_CIVIL || this == DISTRICT_CIVIL || this == COMMUNE_CIVIL;
		}

		String post(Random random) {
			return switch (this) {
				case COMMUNE_CADRE -> pick(random, "Phó Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch Hội đồng nhân dân",
						"Chủ tịch Hội Liên hiệp Phụ nữ", "Bí thư Đoàn Thanh niên");
				case COMMUNE_CIVIL, DISTRICT_CIVIL -> pick(random, "Phó Trưởng phòng", "Trưởng phòng");
				case AGENCY_CIVIL, INSPECTOR -> pick(random, "Phó Trưởng phòng", "Trưởng phòng", "Phó Chánh Văn phòng");
				case TEACHER -> pick(random, "Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Hiệu trưởng");
				case DOCTOR, HEALTH_STAFF -> pick(random, "Phó Trưởng khoa", "Trưởng khoa", "Phó Giám đốc");
			};
		}

	}

	/** A post (numbered in the order the organisation file creates units) and the unit (by key) it starts in. */
	record Post(int index, String unitKey, Role role) {
	}

	private final DemoOrganization organization;

	private final Map<String, Long> ids;

	private final Catalog catalog;

	private final double scale;

	/** For the plans of the first half of 2021 (who moves, who is recruited then). */
	private final Random plans;

	private final long seed;

	/** The promotion rounds of the history, as the careers go through them. */
	private final DemoRounds promotions;

	private final Map<String, Integer> decisionNumbers = new HashMap<>();

	/** The officials' names, citizen ids and the like. */
	private final DemoIdentities identities = new DemoIdentities();

	private final Map<String, List<String>> unitsOfRole = new HashMap<>();

	private final Map<String, DemoOrganization.Fate> fates;

	/** Scales by code and year: the generator needs their steps and intervals, which no year changes. */
	private final Map<String, SalaryScale> scales = new HashMap<>();

	/** The person a post holder, and what happens to them, as the simulation goes. */
	static final class Holder {

		Post post;

		String unit;

		LocalDate born;

		Sex sex;

		LocalDate entered;

		LocalDate retires;

		int rankLevel;

		/** The day the holder took their current rank (for the years a promotion asks). */
		LocalDate rankSince;

		@Nullable String rank;

		@Nullable String scale;

		@Nullable Integer step;

		@Nullable LocalDate stepStart;

		@Nullable String position;

		@Nullable LocalDate appointed;

		final List<PopulationWriter.Step> career = new ArrayList<>();

		final Map<LocalDate, ActionKind> planned = new HashMap<>();

		final Map<LocalDate, String> plannedUnit = new HashMap<>();

		@Nullable LocalDate left;

		/** The day of a promotion exam the holder sits (they stay, in their rank, until its decision). */
		@Nullable LocalDate sits;

		/** The decision of the exam that promotes them, if they pass. */
		@Nullable DecisionRef promotedBy;

		int index = -1;

		/** Where the holder's stream comes from: a post's line of holders, or one of the first half of 2021's. */
		final long line;

		/** The holder's place in their line: 0 the first holder, 1 the successor, ... */
		final int generation;

		/** The holder's own random stream: what happens to one person never shifts what happens to another. */
		final Random random;

		Holder(Post post, long line, int generation, long seed) {
			this.post = post;
			this.unit = post.unitKey();
			this.line = line;
			this.generation = generation;
			this.random = stream(seed, line, generation);
		}

	}

	DemoPopulation(DemoOrganization organization, Map<String, Long> ids, Catalog catalog, double scale, long seed) {
		this.organization = organization;
		this.ids = ids;
		this.catalog = catalog;
		this.scale = scale;
		this.plans = stream(seed, PLANS_LINE, 2021);
		this.promotions = new DemoRounds(seed);
		this.seed = seed;
		this.fates = organization.fates();
	}

	List<PopulationWriter.Person> generate() {
		var posts = posts();
		// first holders of every post; the first half of 2021 is planned before anyone's career is told
		var holders = new ArrayList<Holder>();
		for (var post : posts) {
			holders.add(firstHolder(post));
		}
		plan2021(holders);
		var people = new ArrayList<PopulationWriter.Person>();
		var queue = new ArrayList<>(holders);
		while (!queue.isEmpty()) {
			var next = new ArrayList<Holder>();
			for (var holder : queue) {
				live(holder);
				lived.add(holder);
				holder.index = people.size();
				people.add(person(holder));
				var vacated = holder.left;
				if (vacated != null && vacated.isBefore(HORIZON)) {
					var successor = successor(holder, vacated);
					if (successor != null) {
						next.add(successor);
					}
				}
			}
			queue = next;
		}
		promotions.held(lived);
		return people;
	}

	// --------------------------------------------------------------------------------------------------- the posts

	private List<Post> posts() {
		var posts = new ArrayList<Post>();
		for (var unit : organization.created()) {
			if (!unit.from().equals(REESTABLISHED) || unit.key().equals("CM")) {
				continue;
			}
			var counts = staffing(unit);
			for (var entry : counts.entrySet()) {
				int n = (int) Math.round(entry.getValue() * scale);
				unitsOfRole.computeIfAbsent(entry.getKey().name(), k -> new ArrayList<>()).add(unit.key());
				for (int i = 0; i < n; i++) {
					posts.add(new Post(posts.size(), unit.key(), entry.getKey()));
				}
			}
		}
		return posts;
	}

	/** Posts a unit of 2021 holds, by role (DOMAIN A5: about three in four are public employees). */
	private static Map<Role, Integer> staffing(DemoOrganization.Created unit) {
		var counts = new java.util.EnumMap<Role, Integer>(Role.class);
		if (unit.type() == UnitType.COMMUNE) {
			counts.put(Role.COMMUNE_CADRE, 10);
			counts.put(Role.COMMUNE_CIVIL, 9);
		}
		else if (unit.type() == UnitType.DISTRICT) {
			counts.put(Role.DISTRICT_CIVIL, 55);
		}
		else if (unit.type() == UnitType.PROVINCIAL_AGENCY) {
			counts.put(unit.key().equals("BL.TTR") ? Role.INSPECTOR : Role.AGENCY_CIVIL, 60);
		}
		else if (unit.type() == UnitType.PUBLIC_SERVICE_UNIT) {
			if (unit.key().endsWith(".TH")) {
				counts.put(Role.TEACHER, 70);
			}
			else if (unit.key().endsWith(".THCS")) {
				counts.put(Role.TEACHER, 60);
			}
			else if (unit.key().startsWith("BL.THPT")) {
				counts.put(Role.TEACHER, 80);
			}
			else if (unit.key().endsWith(".TYT")) {
				counts.put(Role.DOCTOR, 2);
				counts.put(Role.HEALTH_STAFF, 6);
			}
			else if (unit.key().equals("BL.BVDK")) {
				counts.put(Role.DOCTOR, 250);
				counts.put(Role.HEALTH_STAFF, 550);
			}
			else if (unit.key().endsWith(".TTYT")) {
				counts.put(Role.DOCTOR, 50);
				counts.put(Role.HEALTH_STAFF, 150);
			}
		}
		return counts;
	}

	// ------------------------------------------------------------------------------------------------- the people

	private Holder firstHolder(Post post) {
		var h = new Holder(post, post.index(), 0, seed);
		var random = h.random;
		h.sex = post.role() == Role.TEACHER ? (random.nextInt(100) < 70 ? Sex.FEMALE : Sex.MALE)
				: random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
		// the first holders: already serving when the province was re-established, or recruited since
		if (random.nextInt(100) < 55) {
			h.entered = REESTABLISHED;
			int age = 23 + random.nextInt(30);
			h.born = REESTABLISHED.minusYears(age).minusDays(random.nextInt(365));
		}
		else {
			h.entered = REESTABLISHED.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(REESTABLISHED,
					LocalDate.of(2019, 12, 31))));
			h.born = h.entered.minusYears(22 + random.nextInt(9)).minusDays(random.nextInt(365));
		}
		h.retires = RetirementRule.retirementDate(h.born, h.sex);
		if (!h.retires.isAfter(h.entered.plusYears(1))) {
			h.born = h.born.plusYears(12);
			h.retires = RetirementRule.retirementDate(h.born, h.sex);
		}
		return h;
	}

	private @Nullable Holder successor(Holder previous, LocalDate vacated) {
		var h = new Holder(previous.post, previous.line, previous.generation + 1, seed);
		var random = h.random;
		var date = vacated.plusMonths(3 + random.nextInt(7)).plusDays(random.nextInt(28));
		if (inH1(date)) {
			date = H1_2021_TO.plusDays(1 + random.nextInt(60));
		}
		if (!date.isBefore(HORIZON)) {
			return null;
		}
		h.unit = currentUnit(previous.unit, date);
		h.sex = previous.post.role() == Role.TEACHER ? (random.nextInt(100) < 70 ? Sex.FEMALE : Sex.MALE)
				: random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
		h.entered = date;
		h.born = date.minusYears(22 + random.nextInt(9)).minusDays(random.nextInt(365));
		h.retires = RetirementRule.retirementDate(h.born, h.sex);
		return h;
	}

	/** Plans the first half of 2021: who is recruited, received, moved and appointed then. */
	private void plan2021(List<Holder> holders) {
		var employed = holders.stream()
			.filter(h -> h.entered.isBefore(H1_2021_FROM.minusYears(1)) && h.retires.isAfter(H1_2021_TO.plusYears(1)))
			.sorted(Comparator.comparing((Holder h) -> h.post.unitKey()).thenComparing(h -> h.born))
			.toList();
		var chosen = new HashSet<Holder>();
		assign(employed, chosen, TRANSFERRED, ActionKind.TRANSFER, h -> true);
		assign(employed, chosen, REASSIGNED, ActionKind.REASSIGNMENT, h -> true);
		assign(employed, chosen, APPOINTED, ActionKind.APPOINTMENT, h -> true);
		assign(employed, chosen, REAPPOINTED, ActionKind.REAPPOINTMENT,
				h -> h.entered.isBefore(LocalDate.of(2014, 1, 1)));
		promotions.planExams2021(employed, chosen);
		for (int i = 0; i < RECRUITED + RECEIVED; i++) {
			var post = holders.get(plans.nextInt(holders.size())).post;
			while (i < RECRUITED && post.role().category == Category.CADRE) {
				// cadres are elected, not recruited: the recruits take up posts of civil servants and employees
				post = holders.get(plans.nextInt(holders.size())).post;
			}
			var h = new Holder(post, H1_LINES + i, 0, seed);
			var random = h.random;
			h.sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
			h.entered = h1Date(plans);
			h.born = h.entered.minusYears(i < RECRUITED ? 23 + random.nextInt(6) : 28 + random.nextInt(15))
				.minusDays(random.nextInt(365));
			h.retires = RetirementRule.retirementDate(h.born, h.sex);
			h.planned.put(h.entered, i < RECRUITED ? ActionKind.RECRUITMENT : ActionKind.RECEPTION);
			holders.add(h);
		}
	}

	private void assign(List<Holder> employed, Set<Holder> chosen, int count, ActionKind kind,
			java.util.function.Predicate<Holder> eligible) {
		int done = 0;
		while (done < count) {
			var h = employed.get(plans.nextInt(employed.size()));
			if (chosen.contains(h) || !eligible.test(h)) {
				continue;
			}
			chosen.add(h);
			var date = h1Date(plans);
			h.planned.put(date, kind);
			if (kind == ActionKind.TRANSFER || kind == ActionKind.REASSIGNMENT) {
				h.plannedUnit.put(date, otherUnit(h.post.role(), h.post.unitKey(), date, plans));
			}
			if (kind == ActionKind.REAPPOINTMENT) {
				// re-appointed for a new term: appointed five years before
				h.planned.put(date.minusYears(5), ActionKind.APPOINTMENT);
			}
			done++;
		}
	}

	private static LocalDate h1Date(Random random) {
		return H1_2021_FROM.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(H1_2021_FROM, H1_2021_TO) + 1));
	}

	private static boolean inH1(LocalDate date) {
		return !date.isBefore(H1_2021_FROM) && !date.isAfter(H1_2021_TO);
	}

	/** Tells one person's career, month by month, from their first day to today or the day they leave. */
	private void live(Holder h) {
		var role = h.post.role();
		var entryKind = h.planned.getOrDefault(h.entered,
				h.entered.equals(REESTABLISHED) ? ActionKind.RECEPTION : ActionKind.RECRUITMENT);
		h.rankLevel = 0;
		h.rankSince = h.entered;
		h.rank = role.ranks.get(0);
		boolean converted = !h.entered.isBefore(SALARY_REFORM);
		if (converted) {
			h.scale = rankScale(h.rank, h.entered);
			h.step = 1;
			h.stepStart = h.entered;
		}
		add(h, entryKind, h.entered, h.unit, entryKind == ActionKind.RECEPTION && h.entered.equals(REESTABLISHED)
				? "Tiếp nhận khi tái lập tỉnh Bạc Liêu, từ tỉnh Minh Hải" : null);
		LocalDate probationEnds = entryKind == ActionKind.RECRUITMENT
				&& ProbationRule.startsOnProbation(role.category, h.entered) ? h.entered.plusMonths(12) : null;
		var month = h.entered.withDayOfMonth(1).plusMonths(1);
		String shapeOf = null;
		SalaryScale shape = null;
		while (month.isBefore(HORIZON)) {
			var end = month.plusMonths(1);
			var events = new ArrayList<Map.Entry<LocalDate, Runnable>>();
			if (!h.retires.isBefore(month) && h.retires.isBefore(end)) {
				var retires = h.retires;
				events.add(Map.entry(retires, () -> {
					add(h, ActionKind.RETIREMENT, retires, null, null);
					h.left = retires;
				}));
			}
			if (probationEnds != null && !probationEnds.isBefore(month) && probationEnds.isBefore(end)) {
				var at = probationEnds;
				events.add(Map.entry(at, () -> add(h, ActionKind.END_OF_PROBATION, at, null, null)));
			}
			if (!converted && !SALARY_REFORM.isBefore(month) && SALARY_REFORM.isBefore(end)) {
				events.add(Map.entry(SALARY_REFORM, () -> convert(h)));
			}
			if (h.scale != null && h.stepStart != null && h.step != null) {
				// the steps and interval of a scale (which no year changes), looked up again only when the scale does
				if (!h.scale.equals(shapeOf)) {
					shapeOf = h.scale;
					shape = scale(h.scale, month);
				}
				var scale = java.util.Objects.requireNonNull(shape);
				var due = h.stepStart.plusMonths(scale.intervalMonths());
				if (h.step < scale.steps() && !due.isBefore(month) && due.isBefore(end)) {
					events.add(Map.entry(due, () -> {
						h.step = h.step + 1;
						h.stepStart = due;
						add(h, ActionKind.SALARY_STEP, due, null, null);
					}));
				}
			}
			for (var planned : h.planned.entrySet()) {
				var date = planned.getKey();
				if (!date.isBefore(month) && date.isBefore(end) && !date.equals(h.entered)) {
					events.add(Map.entry(date, () -> plannedEvent(h, planned.getValue(), date)));
				}
			}
			if (!inH1(month) && !month.isBefore(REESTABLISHED.plusYears(1))) {
				chance(h, month, events);
			}
			events.sort(Map.Entry.comparingByKey());
			for (var event : events) {
				if (h.left != null) {
					break;
				}
				followReorganizations(h, event.getKey());
				event.getValue().run();
			}
			if (h.left == null) {
				followReorganizations(h, end.minusDays(1));
			}
			if (h.left != null) {
				return;
			}
			month = end;
		}
	}

	/** The yearly chances of a move, an appointment, a promotion or leaving, as a month's share. */
	private void chance(Holder h, LocalDate month, List<Map.Entry<LocalDate, Runnable>> events) {
		var role = h.post.role();
		int roll = h.random.nextInt(120_000);
		var day = month.plusDays(h.random.nextInt(27));
		if (inH1(day) || h.planned.containsKey(day)) {
			return;
		}
		if (roll < 120) {
			// 1.2 % a year: transferred
			var target = otherUnit(role, h.unit, day, h.random);
			if (target != null) {
				events.add(Map.entry(day, () -> move(h, ActionKind.TRANSFER, day, target)));
			}
		}
		else if (roll < 170) {
			var target = otherUnit(role, h.unit, day, h.random);
			if (target != null) {
				events.add(Map.entry(day, () -> move(h, ActionKind.REASSIGNMENT, day, target)));
			}
		}
		else if (roll < 280 && h.position == null && ChronoUnit.YEARS.between(h.entered, day) >= 5) {
			events.add(Map.entry(day, () -> appoint(h, ActionKind.APPOINTMENT, day)));
		}
		else if (roll < 310 && h.planned.keySet().stream().noneMatch(d -> d.isAfter(day))
				&& (h.sits == null || day.isAfter(h.sits))) {
			events.add(Map.entry(day, () -> {
				add(h, ActionKind.RESIGNATION, day, null, null);
				h.left = day;
			}));
		}
		else if (month.isBefore(ROUNDS_FROM) && roll < 710 && promotable(h, day)) {
			events.add(Map.entry(day, () -> promote(h, day)));
		}
		else if (!month.isBefore(ROUNDS_FROM) && month.getMonth() == ROUND_MONTH && roll < 310 + 12 * 400
				&& promotable(h, roundHeld(month.getYear())) && roundEffective(month.getYear()).isBefore(HORIZON)) {
			// from the second half of 2021 a promotion is the pass of the year's round, effective on its decision
			var at = roundEffective(month.getYear());
			var round = promotions.round(h, at);
			events.add(Map.entry(at, () -> {
				promote(h, at, round.decision(), "Trúng tuyển " + round.title().toLowerCase(java.util.Locale.ROOT));
				round.passed().add(h);
			}));
		}
		if (h.position != null && h.appointed != null && !h.appointed.plusYears(5).isBefore(month)
				&& h.appointed.plusYears(5).isBefore(month.plusMonths(1)) && !inH1(h.appointed.plusYears(5))) {
			var at = h.appointed.plusYears(5);
			events.add(Map.entry(at, () -> appoint(h, ActionKind.REAPPOINTMENT, at)));
		}
	}

	/** The promotion exams and rounds of the demo's history. */
	List<DemoRounds.ExamPlan> exams() {
		return promotions.exams();
	}

	static final LocalDate ROUNDS_FROM = LocalDate.of(2021, 7, 1);

	/** The month the year's rounds take effect. */
	static final java.time.Month ROUND_MONTH = java.time.Month.NOVEMBER;

	/** The year's promotion rounds are held on 15 September. */
	static LocalDate roundHeld(int year) {
		return LocalDate.of(year, 9, 15);
	}

	/** The decision of the year's promotion rounds takes effect on the first of November. */
	static LocalDate roundEffective(int year) {
		return LocalDate.of(year, ROUND_MONTH, 1);
	}

	/**
	 * Whether a holder may move up on a day: a higher rank in their line, on the new scales, not waiting for the exam of
	 * the first half of 2021, and the years at the level the rank exams ask (9 to principal, 6 to senior).
	 */
	private boolean promotable(Holder h, LocalDate day) {
		return h.scale != null && h.rankLevel + 1 < h.post.role().ranks.size() && !day.isBefore(SALARY_REFORM)
				&& ChronoUnit.MONTHS.between(h.rankSince, day) >= 12L * (h.rankLevel == 0 ? 9 : 6)
				&& ChronoUnit.YEARS.between(h.entered, day) >= 9 && (h.sits == null || day.isAfter(H1_2021_TO));
	}

	private final List<Holder> lived = new ArrayList<>();

	private void plannedEvent(Holder h, ActionKind kind, LocalDate date) {
		switch (kind) {
			case TRANSFER, REASSIGNMENT -> {
				var target = h.plannedUnit.get(date);
				if (target == null || target.equals(h.unit)) {
					target = otherUnit(h.post.role(), h.unit, date, h.random);
				}
				move(h, kind, date, java.util.Objects.requireNonNull(target));
			}
			case APPOINTMENT, REAPPOINTMENT -> appoint(h, kind, date);
			case RANK_CHANGE -> promote(h, date, java.util.Objects.requireNonNull(h.promotedBy),
					"Trúng tuyển kỳ thi nâng ngạch năm 2021");
			default -> throw new IllegalStateException(kind.name());
		}
	}

	private void move(Holder h, ActionKind kind, LocalDate date, String target) {
		if (target.equals(h.unit)) {
			return;
		}
		h.unit = target;
		add(h, kind, date, target, null);
	}

	private void appoint(Holder h, ActionKind kind, LocalDate date) {
		if (kind == ActionKind.APPOINTMENT || h.position == null) {
			h.position = h.post.role().post(h.random);
		}
		h.appointed = date;
		add(h, kind, date, null, null);
	}

	private void promote(Holder h, LocalDate date) {
		promote(h, date, null, "Nâng ngạch, thăng hạng qua kỳ thi");
	}

	private void promote(Holder h, LocalDate date, @Nullable DecisionRef decision, String note) {
		var from = scale(java.util.Objects.requireNonNull(h.scale), date);
		var next = h.post.role().ranks.get(h.rankLevel + 1);
		var toCode = rankScale(next, date);
		var to = scale(toCode, date);
		var placement = SalaryStepRule.placeOnHigherScale(from, java.util.Objects.requireNonNull(h.step),
				java.util.Objects.requireNonNull(h.stepStart), to, date);
		h.rankLevel++;
		h.rankSince = date;
		h.rank = next;
		h.scale = toCode;
		h.step = placement.step();
		h.stepStart = placement.stepStart();
		add(h, ActionKind.RANK_CHANGE, date, null, note, decision);
	}

	/** The 2004 salary reform: everyone placed on the new scales, at the step their years of service give. */
	private void convert(Holder h) {
		var code = rankScale(java.util.Objects.requireNonNull(h.rank), SALARY_REFORM);
		var scale = scale(code, SALARY_REFORM);
		long served = ChronoUnit.MONTHS.between(h.entered, SALARY_REFORM)
				+ (h.entered.equals(REESTABLISHED) ? 12L * h.random.nextInt(12) : 0);
		int step = (int) Math.min(scale.steps(), 1 + served / scale.intervalMonths());
		h.scale = code;
		h.step = step;
		h.stepStart = SALARY_REFORM.minusMonths(served % scale.intervalMonths());
		add(h, ActionKind.RANK_CHANGE, SALARY_REFORM, null, "Chuyển xếp lương mới theo Nghị định 204/2004/NĐ-CP");
	}

	/** Moves the person with their unit's reorganisations that take effect up to {@code until}. */
	private void followReorganizations(Holder h, LocalDate until) {
		for (int i = 0; i < 5; i++) {
			var fate = fates.get(h.unit);
			if (fate == null || fate.date().isAfter(until) || fate.date().isBefore(h.entered)) {
				return;
			}
			reorganize(h, fate);
		}
	}

	private void reorganize(Holder h, DemoOrganization.Fate fate) {
		String target;
		if (fate.kind() == vn.congvu.organization.RestructuringKind.DISSOLVE) {
			target = DISTRICT_SEATS.get(h.unit);
		}
		else if (fate.kind() == vn.congvu.organization.RestructuringKind.SPLIT) {
			target = fate.successors().get(h.random.nextInt(100) < 75 ? 0 : fate.successors().size() - 1);
		}
		else {
			target = fate.successors().get(0);
		}
		if (target == null) {
			throw new IllegalStateException("nowhere to move the people of " + h.unit);
		}
		h.unit = target;
		add(h, ActionKind.REORGANIZATION_MOVE, fate.date(), target, null, fate.decision());
	}

	/** Where the staff of each district went when the district level ended (to the commune at its seat). */
	private static final Map<String, String> DISTRICT_SEATS = Map.of("D954", "N31825", "D956", "N31843", "D957",
			"N31867", "D958", "N31900", "D959", "N31942", "D960", "N31972", "D961", "N31891");

	/** Another unit where people of the role work on the date, or {@code null}. */
	private @Nullable String otherUnit(Role role, String from, LocalDate date, Random random) {
		var candidates = new ArrayList<String>();
		for (var r : Role.values()) {
			if (role.movable(r)) {
				for (var key : unitsOfRole.getOrDefault(r.name(), List.of())) {
					var current = currentUnit(key, date);
					if (!current.equals(from)) {
						candidates.add(current);
					}
				}
			}
		}
		return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
	}

	/** The unit that carries on a unit's work on a date, following its mergers and splits. */
	private String currentUnit(String key, LocalDate date) {
		var current = key;
		for (int i = 0; i < 10; i++) {
			var fate = fates.get(current);
			if (fate == null || fate.date().isAfter(date)) {
				return current;
			}
			current = fate.kind() == vn.congvu.organization.RestructuringKind.DISSOLVE ? DISTRICT_SEATS.getOrDefault(current, current)
					: fate.successors().get(0);
		}
		return current;
	}

	// ------------------------------------------------------------------------------------------------ the records

	private void add(Holder h, ActionKind kind, LocalDate date, @Nullable String unit, @Nullable String note) {
		add(h, kind, date, unit, note, null);
	}

	private void add(Holder h, ActionKind kind, LocalDate date, @Nullable String unit, @Nullable String note,
			@Nullable DecisionRef given) {
		var decision = given != null ? given : decision(h, kind, date);
		boolean starts = kind == ActionKind.RECRUITMENT || kind == ActionKind.RECEPTION;
		boolean rank = starts || kind == ActionKind.RANK_CHANGE;
		boolean places = starts || rank || kind == ActionKind.TRANSFER || kind == ActionKind.REASSIGNMENT
				|| kind == ActionKind.REORGANIZATION_MOVE || kind == ActionKind.APPOINTMENT
				|| kind == ActionKind.REAPPOINTMENT;
		h.career.add(new PopulationWriter.Step(kind, date, decision, signer(h.random), unit == null ? null : id(unit),
				starts ? h.post.role().category : null, rank ? h.rank : null, rank ? h.scale : null,
				rank || kind == ActionKind.SALARY_STEP ? h.step : null,
				rank || kind == ActionKind.SALARY_STEP ? h.stepStart : null,
				kind == ActionKind.APPOINTMENT || kind == ActionKind.REAPPOINTMENT ? h.position : null,
				places ? positionCode(h) : null, note));
	}

	/**
	 * The job position a holder's post and rank put them in, by its code in their unit's scheme (see
	 * {@link DemoSchemes}): a leader holds the unit's leadership position, others the professional position of their
	 * rank; cadres hold elected posts, outside the scheme.
	 */
	static @Nullable String positionCode(Role role, int rankLevel, boolean leader) {
		if (role.category == Category.CADRE) {
			return null;
		}
		return leader ? DemoSchemes.LEADERSHIP + role.prefix : role.prefix + (rankLevel + 1);
	}

	private static @Nullable String positionCode(Holder h) {
		return positionCode(h.post.role(), h.rankLevel, h.position != null);
	}

	private DecisionRef decision(Holder h, ActionKind kind, LocalDate effective) {
		var issuer = issuer(h, kind, effective);
		var signed = effective.minusDays(3 + h.random.nextInt(20));
		var counter = issuer + "|" + signed.getYear();
		int number = decisionNumbers.merge(counter, 1 + h.random.nextInt(3), Integer::sum);
		var type = issuer.startsWith("UBND") ? "QĐ-UBND" : issuer.startsWith("Sở Nội vụ") ? "QĐ-SNV" : "QĐ";
		return new DecisionRef(number + "/" + type, signed, issuer);
	}

	private String issuer(Holder h, ActionKind kind, LocalDate date) {
		var province = date.isBefore(LocalDate.of(2025, 7, 1)) ? "tỉnh Bạc Liêu" : "tỉnh Cà Mau";
		return switch (kind) {
			case RECRUITMENT, RECEPTION, TRANSFER, REASSIGNMENT -> "Sở Nội vụ " + province;
			case RANK_CHANGE -> "UBND " + province;
			default -> h.post.role() == Role.COMMUNE_CADRE || h.post.role() == Role.COMMUNE_CIVIL
					|| h.post.role() == Role.DISTRICT_CIVIL
							? (date.isBefore(LocalDate.of(2025, 7, 1)) ? "UBND huyện, thị xã, thành phố" : "UBND xã, phường")
							: "Thủ trưởng đơn vị quản lý";
		};
	}

	private static String signer(Random random) {
		return pick(random, "Nguyễn Văn Thiện", "Phạm Văn Thiều", "Lê Minh Chiến", "Huỳnh Chí Nguyện", "Trần Thanh Hải");
	}

	private PopulationWriter.Person person(Holder h) {
		var who = identities.official(h.random, h.sex, h.born, h.entered, h.post.role() == Role.DOCTOR, HORIZON);
		return new PopulationWriter.Person(who.citizenId(), who.fullName(), h.born, h.sex, who.ethnicGroup(),
				who.religion(), who.homeTown(), who.professionalLevel(), who.partyJoinedOn(), provinceOf(h), h.career);
	}

	private long provinceOf(Holder h) {
		return id(DemoAsOf.provinceKey(h.career.get(h.career.size() - 1).effectiveDate()));
	}

	private String rankScale(String rank, LocalDate date) {
		return catalog.rank(rank, date)
			.orElseThrow(() -> new IllegalStateException("rank " + rank + " not in the catalog on " + date))
			.salaryScaleCode();
	}

	private SalaryScale scale(String code, LocalDate date) {
		var on = date.isBefore(SALARY_REFORM) ? SALARY_REFORM : date;
		return scales.computeIfAbsent(code + "|" + on.getYear(), k -> catalog.salaryScale(code, on));
	}

	private long id(String key) {
		var id = ids.get(key);
		if (id == null) {
			throw new IllegalStateException("unknown unit " + key);
		}
		return id;
	}

	/**
	 * The random stream of one line of holders (or plan) and generation, from the seed alone: SplitMix64's finaliser
	 * over the three, so that neighbouring keys give unrelated streams.
	 */
	static Random stream(long seed, long line, long generation) {
		long z = seed + 0x9E3779B97F4A7C15L * (line + 1) + 0xC2B2AE3D27D4EB4FL * (generation + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return new Random(z ^ (z >>> 31));
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

}
