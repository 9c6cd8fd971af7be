package vn.congvu.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.Caller;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.indicator.Breakdown;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;

/**
 * The leaders' and Home Affairs' dashboard of a scope on a date: the headcount and its trend over the past years, the
 * age pyramid, the structure by category and rank level, the retirements ahead, the share of units that comply with
 * their job-position scheme, and the year's recruitment, promotion and moves so far. Each panel is a table of counts
 * (categories by series) that the page charts; counts from an indicator name it and the period it was asked for, so
 * that every figure opens the records behind it.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	/** Where a count comes from: an indicator asked for a period, whose records the report's details page lists. */
	public record Source(String code, LocalDate from, LocalDate to) {
	}

	/**
	 * One chart with its table: {@code kind} says how it is drawn ({@code line}, {@code bar}, {@code stacked},
	 * {@code pyramid}, {@code pie}); {@code sources} parallels the table's series and categories, a source or
	 * {@code null} for each count.
	 */
	public record Panel(String code, String title, String unit, String kind, Breakdown.Table table,
			List<List<@Nullable Source>> sources) {
	}

	/** A headline figure with the indicator it opens. */
	public record Headline(String code, String label, long value, String unit, @Nullable Source source) {
	}

	public record View(ReformReport.Scope scope, LocalDate asOf, LocalDate periodFrom, List<Headline> headlines,
			List<Panel> panels) {
	}

	/** How many year ends before the date the headcount trend shows. */
	static final int TREND_YEARS = 5;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Dashboard.class);

	private final ReformReport reports;

	private final Map<String, Indicator> indicators = new LinkedHashMap<>();

	private final Map<String, Breakdown> breakdowns = new LinkedHashMap<>();

	private final Clock clock;

	Dashboard(ReformReport reports, List<Indicator> indicators, List<Breakdown> breakdowns, Clock clock) {
		this.reports = reports;
		indicators.forEach(i -> this.indicators.put(i.code(), i));
		breakdowns.stream().sorted(Comparator.comparing(Breakdown::code)).forEach(b -> {
			if (this.breakdowns.putIfAbsent(b.code(), b) != null) {
				throw new IllegalStateException("two breakdowns answer " + b.code());
			}
		});
		this.clock = clock;
	}

	/**
	 * The dashboard of a scope (the caller's own when not given) on a date (today when not given); the year's flows
	 * run from 1 January of the date's year to the date. Read by leaders and Home Affairs, within their scope.
	 */
	public View view(@Nullable Long scopeUnitId, @Nullable LocalDate asOf, boolean vietnamese) {
		return view(scopeUnitId, asOf, vietnamese, ReformReport.Progress.NONE);
	}

	/**
	 * The scope a dashboard request is answered for, checked as {@link #view} checks it (the role, the scope within
	 * the caller's on the date), without computing anything: for a dashboard computed in the background.
	 */
	public ReformReport.Scope scope(@Nullable Long scopeUnitId, @Nullable LocalDate asOf) {
		var role = Caller.current().map(Caller::role).orElse(null);
		if (role != Role.LEADER && role != Role.HOME_AFFAIRS) {
			throw new AccessDeniedException("The dashboard is for leaders and Home Affairs");
		}
		var date = asOf == null ? LocalDate.now(clock) : asOf;
		return reports.scope(scopeUnitId, date, date);
	}

	/** The dashboard as {@link #view(Long, LocalDate, boolean)}, telling {@code progress} of each figure and panel. */
	public View view(@Nullable Long scopeUnitId, @Nullable LocalDate asOf, boolean vietnamese,
			ReformReport.Progress progress) {
		var checked = scope(scopeUnitId, asOf);
		var date = asOf == null ? LocalDate.now(clock) : asOf;
		var yearStart = date.withDayOfYear(1);
		long scope = checked.id();
		int total = 5 + 8; // the headlines and the panels
		int[] done = { 0 };
		Runnable step = () -> progress.step(++done[0], total);
		progress.step(0, total);
		var year = new Query(scope, yearStart, date);
		// the panels first: the trend counts the day's headcount with the past years', and the headline reuses it
		var panels = new ArrayList<Panel>();
		for (var panel : panels(scope, date, year, vietnamese).entrySet()) {
			long started = System.nanoTime();
			var made = panel.getValue().get();
			log.debug("{} for {} on {} in {} ms", panel.getKey(), scope, date, (System.nanoTime() - started) / 1_000_000);
			if (made != null) {
				panels.add(made);
			}
			step.run();
		}
		var headlines = new ArrayList<@Nullable Headline>();
		for (var code : List.of("personnel.headcount", "staffing.compliantUnitsPct")) {
			headlines.add(headline(code, Query.on(scope, date), vietnamese));
			step.run();
		}
		for (var code : List.of("recruitment.hired", "promotion.passed", "mobility.moves")) {
			headlines.add(headline(code, year, vietnamese));
			step.run();
		}
		headlines.removeIf(java.util.Objects::isNull);
		return new View(checked, date, yearStart, List.copyOf(headlines), List.copyOf(panels));
	}

	/** One panel of the dashboard, computed alone (for its export), as {@link #view} computes it. */
	public Panel panel(String code, @Nullable Long scopeUnitId, @Nullable LocalDate asOf, boolean vietnamese) {
		long scope = scope(scopeUnitId, asOf).id();
		var date = asOf == null ? LocalDate.now(clock) : asOf;
		var panel = panels(scope, date, new Query(scope, date.withDayOfYear(1), date), vietnamese).get(code);
		var made = panel == null ? null : panel.get();
		if (made == null) {
			throw new NotFoundException("reporting.indicator.unknown", code);
		}
		return made;
	}

	/** Every panel of the dashboard by code, in the order shown, each computed when asked for. */
	private Map<String, java.util.function.Supplier<@Nullable Panel>> panels(long scope, LocalDate date, Query year,
			boolean vietnamese) {
		var panels = new LinkedHashMap<String, java.util.function.Supplier<@Nullable Panel>>();
		panels.put("dashboard.headcountTrend", () -> trend(scope, date, vietnamese));
		panels.put("personnel.ageBySex", () -> breakdown("personnel.ageBySex", "pyramid", scope, date, vietnamese));
		panels.put("personnel.byCategory", () -> breakdown("personnel.byCategory", "pie", scope, date, vietnamese));
		panels.put("personnel.byRankLevel", () -> breakdown("personnel.byRankLevel", "bar", scope, date, vietnamese));
		panels.put("personnel.retirementsAhead",
				() -> breakdown("personnel.retirementsAhead", "stacked", scope, date, vietnamese));
		panels.put("dashboard.compliance", () -> compliance(scope, date, vietnamese));
		panels.put("dashboard.recruitmentPromotion", () -> flows("dashboard.recruitmentPromotion",
				vietnamese ? "Tuyển dụng, nâng ngạch, thăng hạng từ đầu năm" : "Recruitment and promotion this year",
				List.of("recruitment.hired", "promotion.candidates", "promotion.passed"), year, vietnamese));
		panels.put("dashboard.moves", () -> flows("dashboard.moves",
				vietnamese ? "Điều động, bổ nhiệm, luân chuyển, tiếp nhận từ đầu năm" : "Moves this year",
				List.of("mobility.transfers", "mobility.appointments", "mobility.reassignments", "mobility.receptions"),
				year, vietnamese));
		return panels;
	}

	private @Nullable Headline headline(String code, Query query, boolean vietnamese) {
		var indicator = indicators.get(code);
		if (indicator == null) {
			return null;
		}
		var label = indicator.label();
		long started = System.nanoTime();
		long value = indicator.value(query);
		log.debug("{} for {} {}..{} in {} ms", code, query.scopeUnitId(), query.from(), query.to(),
				(System.nanoTime() - started) / 1_000_000);
		return new Headline(code, vietnamese ? label.vi() : label.en(), value,
				vietnamese ? label.unitVi() : label.unitEn(), new Source(code, query.from(), query.to()));
	}

	/** The headcount by category at the end of each of the past years and on the date. */
	private @Nullable Panel trend(long scope, LocalDate date, boolean vietnamese) {
		var codes = List.of("personnel.headcount.cadres", "personnel.headcount.civilServants",
				"personnel.headcount.publicEmployees");
		if (!indicators.keySet().containsAll(codes)) {
			return null;
		}
		var days = new ArrayList<LocalDate>();
		for (int back = TREND_YEARS; back >= 1; back--) {
			days.add(LocalDate.of(date.getYear() - back, 12, 31));
		}
		days.add(date);
		var series = new ArrayList<Breakdown.Series>();
		var sources = new ArrayList<List<@Nullable Source>>();
		var names = vietnamese ? List.of("Cán bộ", "Công chức", "Viên chức")
				: List.of("Cadres", "Civil servants", "Public employees");
		for (int i = 0; i < codes.size(); i++) {
			var code = codes.get(i);
			// the days together: a headcount counts them in one pass
			var values = indicators.get(code).values(days.stream().map(day -> Query.on(scope, day)).toList());
			var row = new ArrayList<@Nullable Source>();
			for (var day : days) {
				row.add(new Source(code, day, day));
			}
			series.add(new Breakdown.Series(code, names.get(i), values));
			sources.add(row);
		}
		return new Panel("dashboard.headcountTrend",
				vietnamese ? "Số lượng cán bộ, công chức, viên chức qua các năm" : "Headcount over the years",
				vietnamese ? "người" : "people", "line",
				new Breakdown.Table(days.stream().map(DATE::format).toList(), series), sources);
	}

	private @Nullable Panel breakdown(String code, String kind, long scope, LocalDate date, boolean vietnamese) {
		var breakdown = breakdowns.get(code);
		if (breakdown == null) {
			return null;
		}
		var table = breakdown.table(scope, date, vietnamese);
		var label = breakdown.label();
		var none = new ArrayList<List<@Nullable Source>>();
		table.series().forEach(s -> none.add(Arrays.asList(new Source[s.values().size()])));
		return new Panel(code, vietnamese ? label.vi() : label.en(), vietnamese ? label.unitVi() : label.unitEn(),
				kind, table, none);
	}

	/** Units that comply with their job-position scheme and those that do not, on the date. */
	private @Nullable Panel compliance(long scope, LocalDate date, boolean vietnamese) {
		var compliant = indicators.get("staffing.compliantUnits");
		var all = indicators.get("staffing.units");
		if (compliant == null || all == null) {
			return null;
		}
		var on = Query.on(scope, date);
		long yes = compliant.value(on);
		long units = all.value(on);
		var source = new Source("staffing.compliantUnits", date, date);
		return new Panel("dashboard.compliance",
				vietnamese ? "Cơ quan, đơn vị thực hiện đúng vị trí việc làm, cơ cấu ngạch"
						: "Units complying with their job positions and rank structure",
				vietnamese ? "cơ quan, đơn vị" : "units", "pie",
				new Breakdown.Table(vietnamese ? List.of("Đúng quy định", "Chưa đúng quy định")
						: List.of("Compliant", "Not compliant"),
						List.of(new Breakdown.Series("units", vietnamese ? "Cơ quan, đơn vị" : "Units",
								List.of(yes, units - yes)))),
				List.of(Arrays.asList(source, new Source("staffing.units", date, date))));
	}

	/** Indicators of the year so far, one category each. */
	private @Nullable Panel flows(String code, String title, List<String> codes, Query year, boolean vietnamese) {
		var present = codes.stream().filter(indicators::containsKey).toList();
		if (present.isEmpty()) {
			return null;
		}
		var categories = new ArrayList<String>();
		var values = new ArrayList<Long>();
		var row = new ArrayList<@Nullable Source>();
		for (var c : present) {
			var indicator = indicators.get(c);
			categories.add(vietnamese ? indicator.label().vi() : indicator.label().en());
			values.add(indicator.value(year));
			row.add(new Source(c, year.from(), year.to()));
		}
		return new Panel(code, title, vietnamese ? "người, lượt" : "people, cases", "bar",
				new Breakdown.Table(categories, List.of(new Breakdown.Series("count", vietnamese ? "Số lượng" : "Count",
						values))), List.of(row));
	}

}
