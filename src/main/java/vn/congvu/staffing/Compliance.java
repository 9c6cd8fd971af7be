package vn.congvu.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.ReferenceItem;
import vn.congvu.organization.StaffingQuotaBook;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitType;
import vn.congvu.organization.UnitView;
import vn.congvu.personnel.Workforce;
import vn.congvu.position.JobPositions;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;

/**
 * Judges the agencies of a scope on a date by {@link StaffingRules}: each unit in the scope that is not an internal
 * division (whose people count under the agency it belongs to) and that has people at work or a scheme in force.
 * People are read agency by agency ({@link Workforce#working}), so that only a few agencies' people are held at a time;
 * each agency's verdict goes to the caller as soon as it is reached, in the order of the scope's units.
 */
@Service
@Transactional(readOnly = true)
public class Compliance {

	/** The totals of a run: agencies judged, compliant ones, their share (two decimals) and the violations. */
	public record Summary(LocalDate asOf, long scopeUnitId, int totalUnits, int compliantUnits,
			BigDecimal compliantUnitsPct, int violations) {
	}

	/** A run held in memory: every agency's verdict with the totals (for a province's page and export). */
	public record Report(Summary summary, List<UnitCompliance> units) {
	}

	private final UnitDirectory units;

	private final JobPositions positions;

	private final Workforce workforce;

	private final StaffingQuotaBook quotas;

	private final Catalog catalog;

	private final BigDecimal tolerancePct;

	private final vn.congvu.organization.ScopeGuard guard;

	Compliance(UnitDirectory units, JobPositions positions, Workforce workforce, StaffingQuotaBook quotas,
			Catalog catalog, @Value("${congvu.staffing.rank-share-tolerance-pct:10}") BigDecimal tolerancePct,
			vn.congvu.organization.ScopeGuard guard) {
		this.guard = guard;
		this.units = units;
		this.positions = positions;
		this.workforce = workforce;
		this.quotas = quotas;
		this.catalog = catalog;
		this.tolerancePct = tolerancePct;
	}

	/** Judges the scope rooted at {@code scopeUnitId} on {@code date}, handing each agency to {@code sink}. */
	public Summary judge(long scopeUnitId, LocalDate date, Consumer<UnitCompliance> sink) {
		checkReadable(scopeUnitId, date);
		var onDate = new HashMap<Long, UnitView>();
		units.unitsAsOf(date).forEach(u -> onDate.put(u.id(), u));
		var groupOfUnit = new LinkedHashMap<Long, Long>();
		var agencies = new LinkedHashSet<Long>();
		for (long unitId : units.unitsInScopeOn(scopeUnitId, date)) {
			var unit = onDate.get(unitId);
			if (unit == null) {
				continue;
			}
			long group = agencyOf(unit, onDate);
			groupOfUnit.put(unitId, group);
			agencies.add(group);
		}
		var schemes = positions.inForce(agencies, date);
		var yearQuotas = quotas.quotasIn(date.getYear());
		var reference = reference(date);
		var totals = new int[3];
		Consumer<UnitCompliance> counting = verdict -> {
			totals[0]++;
			if (verdict.compliant()) {
				totals[1]++;
			}
			totals[2] += verdict.violations().size();
			sink.accept(verdict);
		};
		var judged = new java.util.HashSet<Long>();
		workforce.working(date, groupOfUnit, (agency, members) -> {
			judged.add(agency);
			counting.accept(verdict(agency, onDate, date, schemes.get(agency), members, yearQuotas.get(agency),
					reference));
		});
		for (var agency : agencies) {
			if (!judged.contains(agency) && schemes.containsKey(agency)) {
				counting.accept(verdict(agency, onDate, date, schemes.get(agency), List.of(), yearQuotas.get(agency),
						reference));
			}
		}
		var pct = totals[0] == 0 ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(totals[1] * 100L).divide(BigDecimal.valueOf(totals[0]), 2, RoundingMode.DOWN);
		return new Summary(date, scopeUnitId, totals[0], totals[1], pct, totals[2]);
	}

	/** Judges the scope and keeps every verdict, ordered by the agencies' names (Vietnamese order). */
	public Report report(long scopeUnitId, LocalDate date) {
		var verdicts = new ArrayList<UnitCompliance>();
		var summary = judge(scopeUnitId, date, verdicts::add);
		vn.congvu.shared.VietnameseCollation.sort(verdicts, UnitCompliance::unitName);
		return new Report(summary, List.copyOf(verdicts));
	}

	/** One agency's verdict on {@code date}; the agency must lie in the caller's scope. */
	public UnitCompliance unit(long unitId, LocalDate date) {
		checkReadable(unitId, date);
		var found = new ArrayList<UnitCompliance>();
		judge(unitId, date, verdict -> {
			if (verdict.unitId() == unitId) {
				found.add(verdict);
			}
		});
		if (found.isEmpty()) {
			var name = units.namesAsOf(List.of(unitId), date).getOrDefault(unitId, "");
			return new UnitCompliance(unitId, name, null, null, 0, List.of(), Map.of());
		}
		return found.get(0);
	}

	private UnitCompliance verdict(long agency, Map<Long, UnitView> onDate, LocalDate date,
			vn.congvu.position.@org.jspecify.annotations.Nullable SchemeView scheme, List<Workforce.Member> members,
			vn.congvu.organization.@org.jspecify.annotations.Nullable StaffingQuotaView quota,
			StaffingRules.Reference reference) {
		var unit = onDate.get(agency);
		var name = unit != null ? unit.name() : units.namesAsOf(List.of(agency), date).getOrDefault(agency, "");
		var violations = StaffingRules.judge(new StaffingRules.Facts(agency, name, date, scheme, members, quota),
				reference);
		var concerned = new java.util.HashSet<Long>();
		violations.forEach(v -> concerned.addAll(v.officialIds()));
		var names = new LinkedHashMap<Long, String>();
		members.stream()
			.filter(m -> concerned.contains(m.officialId()))
			.sorted(java.util.Comparator.comparing(Workforce.Member::sortKey))
			.forEach(m -> names.put(m.officialId(), m.fullName()));
		return new UnitCompliance(agency, name, scheme == null ? null : scheme.id(),
				scheme == null ? null : scheme.versionNo(), members.size(), violations, names);
	}

	/** The agency whose scheme places a unit's people: the unit, or for an internal division the agency above it. */
	private static long agencyOf(UnitView unit, Map<Long, UnitView> onDate) {
		var current = unit;
		int guard = 0;
		while (current.type() == UnitType.INTERNAL_DIVISION && current.parentId() != null && guard++ < 50) {
			var parent = onDate.get(current.parentId());
			if (parent == null) {
				break;
			}
			current = parent;
		}
		return current.id();
	}

	private StaffingRules.Reference reference(LocalDate date) {
		return new StaffingRules.Reference(code -> catalog.rank(code, date), codes("PROFESSIONAL_LEVEL"),
				codes("POLITICAL_THEORY"), codes("STATE_MANAGEMENT"), tolerancePct);
	}

	private List<String> codes(String list) {
		return catalog.items(list).stream().map(ReferenceItem::code).toList();
	}

	/** Refuses, before anything is judged, a scope the caller may not read (as if it did not exist). */
	public void checkReadable(long scopeUnitId, LocalDate date) {
		var reach = readableReach();
		if (!guard.coversOn(reach, scopeUnitId, date)) {
			throw new NotFoundException("organization.unit.notFound", scopeUnitId);
		}
	}

	private vn.congvu.organization.ScopeGuard.Reach readableReach() {
		var reach = guard.reach("Staffing compliance is read by Home Affairs, unit HR and leaders", Role.HOME_AFFAIRS,
				Role.UNIT_HR, Role.LEADER);
		if (!reach.system() && reach.root() == null) {
			throw new AccessDeniedException("no scope");
		}
		return reach;
	}

}
