package vn.congvu.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.congvu.shared.NotFoundException;

/**
 * Reads the reference data, each table as it stood on the date asked. The catalog changes only by migrations, so it is
 * read once and kept in memory.
 */
@Service
public class Catalog {

	/** The reference lists kept in {@code catalog.reference_item}. */
	public static final List<String> LISTS = List.of("ETHNIC_GROUP", "RELIGION", "GENERAL_EDUCATION",
			"PROFESSIONAL_LEVEL", "POLITICAL_THEORY", "STATE_MANAGEMENT", "ALLOWANCE_KIND");

	/** One row of a dated table: its validity is [validFrom, validTo). */
	private record Dated<T>(T value, LocalDate validFrom, @Nullable LocalDate validTo) {

		boolean validOn(LocalDate date) {
			return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
		}

	}

	/** The whole catalog, read once: it changes only by migrations, which run before the application starts. */
	private record Snapshot(List<Dated<RankView>> ranks, Map<String, Integer> intervals,
			Map<String, List<Dated<SalaryScale>>> scales, List<BaseSalary> baseSalaries,
			Map<String, List<ReferenceItem>> items) {
	}

	private final JdbcClient jdbc;

	private volatile @Nullable Snapshot snapshot;

	Catalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private Snapshot snapshot() {
		var current = snapshot;
		if (current == null) {
			synchronized (this) {
				current = snapshot;
				if (current == null) {
					current = load();
					snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot load() {
		var ranks = jdbc.sql("SELECT * FROM catalog.rank ORDER BY kind, code, valid_from").query((rs, n) -> {
			var validTo = rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate();
			var view = new RankView(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
					rs.getString("level"), rs.getString("salary_scale_code"), rs.getDate("valid_from").toLocalDate(),
					validTo == null ? null : validTo.minusDays(1), rs.getString("source"), rs.getString("confidence"));
			return new Dated<>(view, view.validFrom(), validTo);
		}).list();
		var intervals = new HashMap<String, Integer>();
		jdbc.sql("SELECT code, interval_months FROM catalog.salary_scale")
			.query((rs, n) -> intervals.put(rs.getString("code"), rs.getInt("interval_months")))
			.list();
		var coefficients = new HashMap<String, List<Dated<BigDecimal>>>();
		jdbc.sql("SELECT * FROM catalog.salary_coefficient ORDER BY scale_code, step, valid_from")
			.query((rs, n) -> coefficients.computeIfAbsent(rs.getString("scale_code"), k -> new ArrayList<>())
				.add(new Dated<>(rs.getBigDecimal("coefficient"), rs.getDate("valid_from").toLocalDate(),
						rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate())))
			.list();
		var bases = jdbc.sql("SELECT * FROM catalog.base_salary ORDER BY valid_from")
			.query((rs, n) -> new BaseSalary(rs.getDate("valid_from").toLocalDate(), rs.getLong("amount_vnd"),
					rs.getString("source"), rs.getString("confidence")))
			.list();
		var items = new HashMap<String, List<ReferenceItem>>();
		jdbc.sql("SELECT * FROM catalog.reference_item ORDER BY list, sort_order")
			.query((rs, n) -> items.computeIfAbsent(rs.getString("list"), k -> new ArrayList<>())
				.add(new ReferenceItem(rs.getString("list"), rs.getString("code"), rs.getString("name_vi"),
						rs.getString("name_en"), rs.getString("source"))))
			.list();
		var frozen = new HashMap<String, List<ReferenceItem>>();
		items.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
		// each scale as it stood between two of the dates its coefficients changed
		var scales = new HashMap<String, List<Dated<SalaryScale>>>();
		coefficients.forEach((code, rows) -> {
			var bounds = new java.util.TreeSet<LocalDate>();
			rows.forEach(r -> {
				bounds.add(r.validFrom());
				if (r.validTo() != null) {
					bounds.add(r.validTo());
				}
			});
			var periods = new ArrayList<Dated<SalaryScale>>();
			var dates = new ArrayList<>(bounds);
			for (int i = 0; i < dates.size(); i++) {
				var from = dates.get(i);
				var to = i + 1 < dates.size() ? dates.get(i + 1) : null;
				var values = rows.stream().filter(r -> r.validOn(from)).map(Dated::value).toList();
				if (!values.isEmpty() && intervals.containsKey(code)) {
					periods.add(new Dated<>(new SalaryScale(code, intervals.get(code), values), from, to));
				}
			}
			scales.put(code, List.copyOf(periods));
		});
		return new Snapshot(List.copyOf(ranks), Map.copyOf(intervals), Map.copyOf(scales), List.copyOf(bases),
				Map.copyOf(frozen));
	}

	public List<RankView> ranks(LocalDate date) {
		return snapshot().ranks().stream().filter(r -> r.validOn(date)).map(Dated::value).toList();
	}

	/**
	 * A rank's or title's code with its name on {@code date}, as lists show it ("01.003 Chuyên viên"); the code alone
	 * when the catalog does not know it then, nothing without a code.
	 */
	public String rankLabel(@org.jspecify.annotations.Nullable String code, LocalDate date) {
		if (code == null) {
			return "";
		}
		return rank(code, date).map(r -> code + " " + r.name()).orElse(code);
	}

	public Optional<RankView> rank(String code, LocalDate date) {
		for (var r : snapshot().ranks()) {
			if (r.value().code().equals(code) && r.validOn(date)) {
				return Optional.of(r.value());
			}
		}
		return Optional.empty();
	}

	public List<String> salaryScaleCodes() {
		return snapshot().intervals().keySet().stream().sorted().toList();
	}

	/** The salary scale with its coefficients in force on {@code date}. */
	public SalaryScale salaryScale(String code, LocalDate date) {
		var snap = snapshot();
		var interval = snap.intervals().get(code);
		if (interval == null) {
			throw new NotFoundException("catalog.salaryScale.notFound", code);
		}
		for (var period : snap.scales().getOrDefault(code, List.of())) {
			if (period.validOn(date)) {
				return period.value();
			}
		}
		throw new NotFoundException("catalog.salaryScale.notFound", code);
	}

	/** The base salary in force on {@code date}. */
	public Optional<BaseSalary> baseSalary(LocalDate date) {
		BaseSalary found = null;
		for (var b : snapshot().baseSalaries()) {
			if (!b.validFrom().isAfter(date)) {
				found = b;
			}
		}
		return Optional.ofNullable(found);
	}

	public List<BaseSalary> baseSalaries() {
		return snapshot().baseSalaries();
	}

	public List<ReferenceItem> items(String list) {
		if (!LISTS.contains(list)) {
			throw new NotFoundException("catalog.list.notFound", list);
		}
		return snapshot().items().getOrDefault(list, List.of());
	}

}
