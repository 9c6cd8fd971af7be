package vn.congvu.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.indicator.Breakdown;
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

	/** A figure with both its labels. */
	public record Value(String code, String labelVi, String labelEn, String unitVi, String unitEn, long value) {

		Figure figure(boolean vietnamese) {
			return new Figure(code, vietnamese ? labelVi : labelEn, value, vietnamese ? unitVi : unitEn);
		}

	}

	/**
	 * What a report is made of: the scope and period, who issues it and where (the People's Committee of a province,
	 * district or commune, otherwise the unit itself), the figures, the names of the units its records name (for an
	 * appendix) and its breakdown tables (for an appendix; empty otherwise). The records themselves are read one at a
	 * time ({@link #records}).
	 */
	public record Content(Scope scope, String issuer, String place, LocalDate from, LocalDate to, List<Value> values,
			Map<Long, String> unitNames, List<Table> tables) {

		public Report report(boolean vietnamese) {
			return new Report(scope, from, to, values.stream().map(v -> v.figure(vietnamese)).toList());
		}

	}

	/** A breakdown for the appendix (the workforce on the period's last day, the period's decisions), in Vietnamese. */
	public record Table(String code, String label, Breakdown.Table table) {
	}

	/** Hears how far a report has got: {@code done} of {@code total} steps. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done, total) -> {
		};

		void step(int done, int total);

	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReformReport.class);

	private final Map<String, Indicator> indicators = new LinkedHashMap<>();

	private final UnitDirectory units;

	private final Clock clock;

	private final List<Breakdown> breakdowns;

	private final vn.congvu.organization.ScopeGuard guard;

	ReformReport(List<Indicator> all, List<Breakdown> breakdowns, UnitDirectory units, Clock clock,
			vn.congvu.organization.ScopeGuard guard) {
		this.guard = guard;
		this.breakdowns = breakdowns.stream().sorted(Comparator.comparing(Breakdown::code)).toList();
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
		return content(scopeUnitId, from, to, Progress.NONE).report(vietnamese);
	}

	/**
	 * What a report computed now prints: its figures with both labels and what it says about its scope.
	 * {@code progress} hears of each figure as it is done.
	 */
	public Content content(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			Progress progress) {
		return content(query(scopeUnitId, from, to), false, progress);
	}

	/**
	 * What the appendix spreadsheet of a report computed now is made of, but for the records: the figures, the
	 * breakdowns, and the names of the scope's units at the period's end. The records follow one at a time from
	 * {@link #records}, for a province whose records (its whole workforce behind the headcount) are too many to hold.
	 */
	public Content appendix(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			Progress progress) {
		return content(query(scopeUnitId, from, to), true, progress);
	}

	/**
	 * The records behind every figure of a report computed now, figure by figure in the order of its figures, each
	 * handed to {@code sink} with its figure's code as it is read.
	 */
	public void records(Content content, BiConsumer<String, Row> sink) {
		var query = query(content.scope().id(), content.from(), content.to());
		for (var value : content.values()) {
			long started = System.nanoTime();
			indicator(value.code()).rows(query, row -> sink.accept(value.code(), row));
			log.debug("records of {} for {} {}..{} in {} ms", value.code(), query.scopeUnitId(), query.from(),
					query.to(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** A unit's name on a date ("#id" if it has none): for a record naming a unit not among a content's names. */
	public String unitName(long unitId, LocalDate date) {
		return units.namesAsOf(List.of(unitId), date).getOrDefault(unitId, "#" + unitId);
	}

	private Content content(Query query, boolean withTables, Progress progress) {
		int total = indicators.size() + (withTables ? breakdowns.size() : 0);
		int done = 0;
		progress.step(done, total);
		var values = new ArrayList<Value>();
		for (var i : indicators.values()) {
			long started = System.nanoTime();
			long value = i.value(query);
			log.debug("{} for {} {}..{}: {} in {} ms", i.code(), query.scopeUnitId(), query.from(), query.to(), value,
					(System.nanoTime() - started) / 1_000_000);
			values.add(new Value(i.code(), i.label().vi(), i.label().en(), i.label().unitVi(), i.label().unitEn(),
					value));
			progress.step(++done, total);
		}
		var tables = new ArrayList<Table>();
		long id = query.scopeUnitId();
		var unitIds = new HashSet<Long>();
		unitIds.add(id);
		if (withTables) {
			for (var b : breakdowns) {
				tables.add(new Table(b.code(), b.label().vi(), b.table(query, true)));
				progress.step(++done, total);
			}
			// the records, read later, name the scope's units
			for (long unit : units.unitsInScopeOn(id, query.to())) {
				unitIds.add(unit);
			}
		}
		var names = new TreeMap<>(units.namesAsOf(unitIds, query.to()));
		var name = names.getOrDefault(id, "");
		return new Content(new Scope(id, name), issuer(id, name, query.to()), units.placeName(id, query.to()),
				query.from(), query.to(), values, names, tables);
	}

	/** The scope a request is answered for, checked as {@link #content} checks it, with its name at the period's end. */
	public Scope scope(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to) {
		var query = query(scopeUnitId, from, to);
		var name = units.namesAsOf(List.of(query.scopeUnitId()), query.to()).getOrDefault(query.scopeUnitId(), "");
		return new Scope(query.scopeUnitId(), name);
	}

	/** Checks a request as {@link #content} would, without computing anything: for work started in the background. */
	public void check(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to) {
		query(scopeUnitId, from, to);
	}

	/**
	 * Who reports for a scope: the People's Committee of a province, district or commune ("Ủy ban nhân dân tỉnh Bạc
	 * Liêu"), otherwise the agency or unit itself.
	 */
	private String issuer(long scopeUnitId, String name, LocalDate date) {
		var type = units.unit(scopeUnitId, date).map(u -> u.type()).orElse(null);
		if (!name.isEmpty() && (type == UnitType.PROVINCE || type == UnitType.DISTRICT || type == UnitType.COMMUNE)) {
			return "Ủy ban nhân dân " + name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
		}
		return name;
	}

	/** The records behind one figure. */
	public List<Row> details(String code, @Nullable Long scopeUnitId, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		return indicator(code).rows(query(scopeUnitId, from, to));
	}

	/** The records behind one figure, handed to {@code sink} one at a time. */
	public void rows(String code, @Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			java.util.function.Consumer<Row> sink) {
		indicator(code).rows(query(scopeUnitId, from, to), sink);
	}

	/** One figure with the records behind it, as a page shows them. */
	public record Details(Scope scope, LocalDate from, LocalDate to, Figure figure, List<Row> rows) {
	}

	/** One figure, computed alone, with the records behind it, labelled in a language. */
	public Details details(String code, @Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			boolean vietnamese) {
		var indicator = indicator(code);
		var query = query(scopeUnitId, from, to);
		var label = indicator.label();
		var figure = new Value(code, label.vi(), label.en(), label.unitVi(), label.unitEn(), indicator.value(query))
			.figure(vietnamese);
		var name = units.namesAsOf(List.of(query.scopeUnitId()), query.to()).getOrDefault(query.scopeUnitId(), "");
		return new Details(new Scope(query.scopeUnitId(), name), query.from(), query.to(), figure,
				indicator.rows(query));
	}

	/** What the records of the figure {@code code} are about, so that a page can open them. */
	public Indicator.Subject subject(String code) {
		return indicator(code).subject();
	}

	private Indicator indicator(String code) {
		var indicator = indicators.get(code);
		if (indicator == null) {
			throw new NotFoundException("reporting.indicator.unknown", code);
		}
		return indicator;
	}

	/**
	 * The query of a request: the period (the current year so far when not given) and the scope, which must lie in
	 * the caller's scope on some day of the period.
	 */
	private Query query(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to) {
		// the records behind the figures are people's: the operator and officials do not read them
		var reach = guard.reach("Reports are read by leaders, Home Affairs and HR", Role.LEADER, Role.HOME_AFFAIRS,
				Role.UNIT_HR);
		var today = LocalDate.now(clock);
		var end = to == null ? today : to;
		var start = from == null ? end.withDayOfYear(1) : from;
		var root = reach.root();
		Long scope = scopeUnitId != null ? scopeUnitId : root;
		if (scope == null) {
			throw new InvalidInputException("scopeUnitId", "reporting.scope.required");
		}
		var query = new Query(scope, start, end);
		if (!reach.system() && (root == null || (!scope.equals(root) && units.scopePeriods(root).stream()
			.noneMatch(p -> p.unitId() == scope && (p.from() == null || !p.from().isAfter(end))
					&& (p.to() == null || p.to().isAfter(start)))))) {
			throw new NotFoundException("organization.unit.notFound", scope);
		}
		return query;
	}

}
