package vn.congvu.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.congvu.catalog.RankView;
import vn.congvu.organization.StaffingQuotaView;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.Workforce.Member;
import vn.congvu.position.JobPosition;
import vn.congvu.position.JobPositionLaw;
import vn.congvu.position.PositionGroup;
import vn.congvu.position.SchemeView;

/**
 * Judges one agency on one date against its approved job-position scheme. Pure: everything it needs is passed in.
 * <p>
 * The rules and their sources:
 * <ul>
 * <li>{@link ComplianceRule#NO_APPROVED_SCHEME}, {@link ComplianceRule#NO_POSITION}: every civil servant and public
 * employee is recruited to, used and managed in a job position of the approved scheme (Decree 62/2020/NĐ-CP Art. 3, 7;
 * Decree 106/2020/NĐ-CP; Law 80/2025/QH15 Art. 23). Cadres (elected posts) and labour contracts are not placed by the
 * scheme.</li>
 * <li>{@link ComplianceRule#RANK_MISMATCH}: the rank or title matches the position's — the same level of the same kind
 * (a rank "or equivalent"); a leadership position needs at least its level. Under Law 80/2025 Art. 24 the rank follows
 * the position, and existing civil servants have until 1 July 2027 to be placed in a position of their rank: from 1 July
 * 2025 until then only placements made from 1 July 2025 are judged (DOMAIN §1.1).</li>
 * <li>{@link ComplianceRule#QUALIFICATION}: the degree level and major, political theory, state management (only before
 * 1 July 2025: {@link JobPositionLaw#stateManagementCertificateCounts}), foreign language and IT the position asks
 * for (the standards of the rank and the position's competency framework).</li>
 * <li>{@link ComplianceRule#OVER_HEADCOUNT}: no more main holders than the position's headcount (Decree 62/2020 Art.
 * 7; Decree 361/2025: the number of civil servants per position).</li>
 * <li>{@link ComplianceRule#SECOND_POSITION}: one position per person, a second only as a concurrent post the scheme
 * allows (kiêm nhiệm, Decree 62/2020 Art. 4 cl. 2 [M]).</li>
 * <li>{@link ComplianceRule#RANK_STRUCTURE}: the share of each rank level among the ranked civil servants and public
 * employees stays within the tolerance (percentage points, a setting) of the scheme's rank structure (cơ cấu ngạch,
 * Decree 62/2020 Art. 4; Circular 12/2022/TT-BNV).</li>
 * <li>{@link ComplianceRule#OVER_QUOTA}: cadres and civil servants within the year's civil-servant quota, public
 * employees within the public-employee quota (biên chế, Decree 62/2020 Art. 4; Decree 106/2020).</li>
 * </ul>
 */
public final class StaffingRules {

	/** Existing civil servants are placed in positions of their rank by this day (Law 80/2025, transition). */
	public static final LocalDate RANK_TRANSITION_ENDS = LocalDate.of(2027, 7, 1);

	static final List<String> RANK_LEVELS = List.of("SENIOR_EXPERT", "SENIOR", "PRINCIPAL", "SPECIALIST", "OFFICER",
			"STAFF");

	/** What a unit is judged with. */
	public record Facts(long unitId, String unitName, LocalDate date, @Nullable SchemeView scheme, List<Member> members,
			@Nullable StaffingQuotaView quota) {
	}

	/**
	 * The law and reference data the rules read: ranks on the date, the orders of the qualification lists (highest
	 * first) and the tolerance of the rank structure.
	 */
	public record Reference(Function<String, Optional<RankView>> rankOn, List<String> degreeOrder,
			List<String> politicalTheoryOrder, List<String> stateManagementOrder, BigDecimal tolerancePct) {
	}

	private StaffingRules() {
	}

	/** The violations of a unit on the date, rule by rule; empty when it complies. */
	public static List<Violation> judge(Facts facts, Reference reference) {
		var violations = new ArrayList<Violation>();
		var scheme = facts.scheme();
		var placed = facts.members().stream()
			.filter(m -> m.category() == Category.CIVIL_SERVANT || m.category() == Category.PUBLIC_EMPLOYEE)
			.toList();
		if (scheme == null) {
			if (!placed.isEmpty()) {
				violations.add(new Violation(ComplianceRule.NO_APPROVED_SCHEME, "staffing.violation.noScheme",
						List.of(placed.size()), ids(placed), Map.of("headcount", placed.size())));
			}
		}
		else {
			positions(facts, scheme, placed, reference, violations);
			rankStructure(facts, scheme, placed, reference, violations);
		}
		quota(facts, violations);
		return violations;
	}

	private static void positions(Facts facts, SchemeView scheme, List<Member> placed, Reference reference,
			List<Violation> violations) {
		var date = facts.date();
		var without = new ArrayList<Member>();
		var holders = new LinkedHashMap<JobPosition, List<Member>>();
		scheme.positions().forEach(p -> holders.put(p, new ArrayList<>()));
		var secondPositions = new ArrayList<Member>();
		var secondCodes = new LinkedHashMap<String, Object>();
		for (var m : placed) {
			var position = m.positionCode() == null ? Optional.<JobPosition>empty() : scheme.position(m.positionCode());
			if (position.isEmpty()) {
				without.add(m);
			}
			else {
				holders.get(position.get()).add(m);
			}
			var wrong = m.concurrentPositions().stream()
				.filter(code -> scheme.position(code).map(p -> !p.concurrentAllowed()).orElse(true))
				.toList();
			if (!wrong.isEmpty()) {
				secondPositions.add(m);
				secondCodes.put(Long.toString(m.officialId()), wrong);
			}
		}
		if (!without.isEmpty()) {
			violations.add(new Violation(ComplianceRule.NO_POSITION, "staffing.violation.noPosition",
					List.of(without.size(), scheme.versionNo()), ids(without),
					figures("count", without.size(), "positionCodes", codes(without))));
		}
		for (var entry : holders.entrySet()) {
			var position = entry.getKey();
			var people = entry.getValue();
			rank(position, people, date, reference, violations);
			qualifications(position, people, date, reference, violations);
			if (people.size() > position.headcount()) {
				violations.add(new Violation(ComplianceRule.OVER_HEADCOUNT, "staffing.violation.overHeadcount",
						List.of(position.code(), position.name(), people.size(), position.headcount()), ids(people),
						figures("position", position.code(), "headcount", position.headcount(), "holders",
								people.size())));
			}
		}
		if (!secondPositions.isEmpty()) {
			violations.add(new Violation(ComplianceRule.SECOND_POSITION, "staffing.violation.secondPosition",
					List.of(secondPositions.size()), ids(secondPositions), figures("positions", secondCodes)));
		}
	}

	private static void rank(JobPosition position, List<Member> people, LocalDate date, Reference reference,
			List<Violation> violations) {
		var requiredCode = position.rankCode();
		if (requiredCode == null) {
			return;
		}
		var required = reference.rankOn().apply(requiredCode);
		if (required.isEmpty()) {
			return;
		}
		var wrong = new ArrayList<Member>();
		var ranks = new LinkedHashMap<String, Object>();
		for (var m : people) {
			if (!rankMismatchCounts(date, m.positionSince())) {
				continue;
			}
			var held = m.rankCode() == null ? Optional.<RankView>empty() : reference.rankOn().apply(m.rankCode());
			if (!matches(held, required.get(), position.group())) {
				wrong.add(m);
				ranks.put(Long.toString(m.officialId()), m.rankCode() == null ? "" : m.rankCode());
			}
		}
		if (!wrong.isEmpty()) {
			violations.add(new Violation(ComplianceRule.RANK_MISMATCH, "staffing.violation.rankMismatch",
					List.of(position.code(), position.name(), required.get().name(), wrong.size()), ids(wrong),
					figures("position", position.code(), "requiredRank", requiredCode, "ranks", ranks)));
		}
	}

	/**
	 * Whether a rank mismatch counts on {@code date} for a position taken up on {@code since}: always before 1 July
	 * 2025 and from 1 July 2027; in between only for placements made from 1 July 2025 (Law 80/2025, transition).
	 */
	public static boolean rankMismatchCounts(LocalDate date, @Nullable LocalDate since) {
		if (date.isBefore(JobPositionLaw.LAW_80_2025) || !date.isBefore(RANK_TRANSITION_ENDS)) {
			return true;
		}
		return since != null && !since.isBefore(JobPositionLaw.LAW_80_2025);
	}

	/** A rank fits a position's: same kind, and the same level (at least the level, for leadership positions). */
	public static boolean matches(Optional<RankView> held, RankView required, PositionGroup group) {
		if (held.isEmpty() || !held.get().kind().equals(required.kind())) {
			return false;
		}
		int have = RANK_LEVELS.indexOf(held.get().level());
		int need = RANK_LEVELS.indexOf(required.level());
		return group == PositionGroup.LEADERSHIP ? have <= need : have == need;
	}

	private static void qualifications(JobPosition position, List<Member> people, LocalDate date, Reference reference,
			List<Violation> violations) {
		var lacking = new ArrayList<Member>();
		var missing = new LinkedHashMap<String, Object>();
		for (var m : people) {
			var gaps = gaps(position, m, date, reference);
			if (!gaps.isEmpty()) {
				lacking.add(m);
				missing.put(Long.toString(m.officialId()), gaps);
			}
		}
		if (!lacking.isEmpty()) {
			violations.add(new Violation(ComplianceRule.QUALIFICATION, "staffing.violation.qualification",
					List.of(position.code(), position.name(), lacking.size()), ids(lacking),
					figures("position", position.code(), "missing", missing)));
		}
	}

	/** What a holder lacks of a position's requirements on {@code date}: DEGREE, MAJOR, POLITICAL_THEORY, ... */
	public static List<String> gaps(JobPosition position, Member m, LocalDate date, Reference reference) {
		var gaps = new ArrayList<String>();
		var degrees = m.degrees().stream()
			.filter(d -> d.graduationYear() == null || d.graduationYear() <= date.getYear())
			.toList();
		var minDegree = position.minDegree();
		if (minDegree != null) {
			var best = degrees.isEmpty() ? rankIn(reference.degreeOrder(), m.professionalLevel())
					: degrees.stream().mapToInt(d -> rankIn(reference.degreeOrder(), d.levelCode())).min().orElseThrow();
			if (best > rankIn(reference.degreeOrder(), minDegree)) {
				gaps.add("DEGREE");
			}
		}
		if (!position.majorList().isEmpty()) {
			boolean has = degrees.stream()
				.filter(d -> minDegree == null
						|| rankIn(reference.degreeOrder(), d.levelCode()) <= rankIn(reference.degreeOrder(), minDegree))
				.anyMatch(d -> position.acceptsMajor(d.major()));
			if (!has) {
				gaps.add("MAJOR");
			}
		}
		if (position.politicalTheory() != null && rankIn(reference.politicalTheoryOrder(), m.politicalTheory())
				> rankIn(reference.politicalTheoryOrder(), position.politicalTheory())) {
			gaps.add("POLITICAL_THEORY");
		}
		if (position.stateManagement() != null && JobPositionLaw.stateManagementCertificateCounts(date)
				&& rankIn(reference.stateManagementOrder(), m.stateManagement())
						> rankIn(reference.stateManagementOrder(), position.stateManagement())) {
			gaps.add("STATE_MANAGEMENT");
		}
		if (position.languageRequired() && (m.foreignLanguage() == null || m.foreignLanguage().isBlank())) {
			gaps.add("FOREIGN_LANGUAGE");
		}
		if (position.itRequired() && (m.itSkill() == null || m.itSkill().isBlank())) {
			gaps.add("IT");
		}
		return gaps;
	}

	private static void rankStructure(Facts facts, SchemeView scheme, List<Member> placed, Reference reference,
			List<Violation> violations) {
		if (scheme.rankShares().isEmpty()) {
			return;
		}
		var byLevel = new LinkedHashMap<String, List<Member>>();
		RANK_LEVELS.forEach(level -> byLevel.put(level, new ArrayList<>()));
		int total = 0;
		for (var m : placed) {
			var rank = m.rankCode() == null ? Optional.<RankView>empty() : reference.rankOn().apply(m.rankCode());
			if (rank.isPresent() && byLevel.containsKey(rank.get().level())) {
				byLevel.get(rank.get().level()).add(m);
				total++;
			}
		}
		if (total == 0) {
			return;
		}
		var targets = new HashMap<String, BigDecimal>();
		scheme.rankShares().forEach(s -> targets.put(s.rankLevel(), s.targetPct()));
		var levels = new LinkedHashMap<String, Object>();
		var over = new ArrayList<Member>();
		var strays = new ArrayList<String>();
		for (var entry : byLevel.entrySet()) {
			var target = targets.getOrDefault(entry.getKey(), BigDecimal.ZERO);
			int count = entry.getValue().size();
			if (count == 0 && target.signum() == 0) {
				continue;
			}
			var actual = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
			levels.put(entry.getKey(), figures("targetPct", target, "actualPct", actual, "count", count));
			if (actual.subtract(target).abs().compareTo(reference.tolerancePct()) > 0) {
				strays.add(entry.getKey());
				if (actual.compareTo(target) > 0) {
					over.addAll(entry.getValue());
				}
			}
		}
		if (!strays.isEmpty()) {
			violations.add(new Violation(ComplianceRule.RANK_STRUCTURE, "staffing.violation.rankStructure",
					List.of(strays.size(), reference.tolerancePct().stripTrailingZeros().toPlainString()),
					ids(over), figures("ranked", total, "tolerancePct", reference.tolerancePct(), "levels", levels)));
		}
	}

	private static void quota(Facts facts, List<Violation> violations) {
		var quota = facts.quota();
		if (quota == null) {
			return;
		}
		long civil = facts.members().stream()
			.filter(m -> m.category() == Category.CADRE || m.category() == Category.CIVIL_SERVANT)
			.count();
		long employees = facts.members().stream().filter(m -> m.category() == Category.PUBLIC_EMPLOYEE).count();
		if (civil > quota.civilServants() || employees > quota.publicEmployees()) {
			violations.add(new Violation(ComplianceRule.OVER_QUOTA, "staffing.violation.overQuota",
					List.of(quota.year(), civil, quota.civilServants(), employees, quota.publicEmployees()), List.of(),
					figures("year", quota.year(), "civilServants", figures("quota", quota.civilServants(), "actual", civil),
							"publicEmployees", figures("quota", quota.publicEmployees(), "actual", employees))));
		}
	}

	private static int rankIn(List<String> order, @Nullable String code) {
		int index = code == null ? -1 : order.indexOf(code);
		return index < 0 ? order.size() : index;
	}

	private static List<Long> ids(List<Member> people) {
		return people.stream().map(Member::officialId).toList();
	}

	private static List<String> codes(List<Member> people) {
		return people.stream().map(m -> m.positionCode() == null ? "" : m.positionCode()).distinct().sorted().toList();
	}

	private static Map<String, Object> figures(Object... pairs) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
