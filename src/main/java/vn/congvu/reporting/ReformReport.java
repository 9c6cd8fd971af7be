package vn.congvu.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.Caller;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;
import vn.congvu.shared.indicator.Row;

/**
 * The figures of the reform report for a scope and a period, collected from every module's indicators (DESIGN: the
 * indicator API), and the records behind each. A caller asks only for a scope that lies in their own during the
 * period; each indicator applies the scope in its own query, so the rows behind a figure name nobody outside it.
 */
@Service
@Transactional(readOnly = true)
public class ReformReport {

	/** An indicator as the catalogue lists it. */
	public record Entry(String code, String labelVi, String labelEn, String unitVi, String unitEn) {
	}

	/** A figure of the report. */
	public record Figure(String code, String label, long value, String unit) {
	}

	public record Scope(long id, String name) {
	}

	public record Report(Scope scope, LocalDate from, LocalDate to, List<Figure> indicators) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReformReport.class);

	private final Map<String, Indicator> indicators = new LinkedHashMap<>();

	private final UnitDirectory units;

	private final Clock clock;

	ReformReport(List<Indicator> all, UnitDirectory units, Clock clock) {
		all.stream().sorted(Comparator.comparing(Indicator::code)).forEach(i -> {
			if (indicators.putIfAbsent(i.code(), i) != null) {
				throw new IllegalStateException("two indicators answer " + i.code());
			}
		});
		this.units = units;
		this.clock = clock;
	}

	/** Every indicator's code, labels and unit, by code. */
	public List<Entry> catalogue() {
		return indicators.values()
			.stream()
			.map(i -> new Entry(i.code(), i.label().vi(), i.label().en(), i.label().unitVi(), i.label().unitEn()))
			.toList();
	}

	/** The report's figures for a scope (the caller's own when not given) and a period, labelled in a language. */
	public Report report(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			boolean vietnamese) {
		var query = query(scopeUnitId, from, to);
		var figures = indicators.values()
			.stream()
			.map(i -> {
				long started = System.nanoTime();
				long value = i.value(query);
				log.debug("{} for {} {}..{}: {} in {} ms", i.code(), query.scopeUnitId(), query.from(), query.to(),
						value, (System.nanoTime() - started) / 1_000_000);
				return new Figure(i.code(), vietnamese ? i.label().vi() : i.label().en(), value,
						vietnamese ? i.label().unitVi() : i.label().unitEn());
			})
			.toList();
		var name = units.namesAsOf(List.of(query.scopeUnitId()), query.to()).getOrDefault(query.scopeUnitId(), "");
		return new Report(new Scope(query.scopeUnitId(), name), query.from(), query.to(), figures);
	}

	/** The records behind one figure. */
	public List<Row> details(String code, @Nullable Long scopeUnitId, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		var indicator = indicators.get(code);
		if (indicator == null) {
			throw new NotFoundException("reporting.indicator.unknown", code);
		}
		return indicator.rows(query(scopeUnitId, from, to));
	}

	/**
	 * The query of a request: the period (the current year so far when not given) and the scope, which must lie in
	 * the caller's scope on some day of the period.
	 */
	private Query query(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to) {
		var caller = Caller.current();
		var role = caller.map(Caller::role).orElse(null);
		if (role == Role.OFFICIAL) {
			throw new AccessDeniedException("Reports are read by leaders, Home Affairs and HR");
		}
		var today = LocalDate.now(clock);
		var end = to == null ? today : to;
		var start = from == null ? end.withDayOfYear(1) : from;
		var root = caller.map(Caller::scopeUnitId).orElse(null);
		Long scope = scopeUnitId != null ? scopeUnitId : root;
		if (scope == null) {
			throw new InvalidInputException("scopeUnitId", "reporting.scope.required");
		}
		var query = new Query(scope, start, end);
		if (root != null && !scope.equals(root) && units.scopePeriods(root).stream().noneMatch(p -> p.unitId() == scope
				&& (p.from() == null || !p.from().isAfter(end)) && (p.to() == null || p.to().isAfter(start)))) {
			throw new NotFoundException("organization.unit.notFound", scope);
		}
		return query;
	}

}
