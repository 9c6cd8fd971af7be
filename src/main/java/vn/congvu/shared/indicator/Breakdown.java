package vn.congvu.shared.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * A table of counts the dashboards chart and the report's appendix lists, answered by the module that owns the
 * records, like an {@link Indicator}: categories (age bands, years, rank levels) by series (men and women, categories
 * of official, kinds of decision), for a scope (the root unit of a subtree, judged through time) on a date or over a
 * period. Reporting lays them out; it never reads a module's tables.
 */
public interface Breakdown {

	/** The stable code dashboards refer to, for example {@code personnel.ageBySex}. */
	String code();

	/** What it counts, in Vietnamese and English. */
	Indicator.Label label();

	/** The table for a scope on a date, with category and series names in the language asked for. */
	Table table(long scopeUnitId, LocalDate date, boolean vietnamese);

	/**
	 * The table for a scope and a period: for a table of the workforce, on the period's last day; a table of what
	 * happened (actions by category) counts the whole period.
	 */
	default Table table(Query query, boolean vietnamese) {
		return table(query.scopeUnitId(), query.to(), vietnamese);
	}

	/** Counts by category (the columns) for each series (the rows). */
	record Table(List<String> categories, List<Series> series) {

		public Table {
			categories = List.copyOf(categories);
			series = List.copyOf(series);
			for (var s : series) {
				if (s.values().size() != categories.size()) {
					throw new IllegalArgumentException(s.name() + " has " + s.values().size() + " values for "
							+ categories.size() + " categories");
				}
			}
		}

		/** The sum of every series in every category. */
		public long total() {
			return series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).sum();
		}

	}

	/** One series of a table: a stable key, a name, and a count for each category. */
	record Series(String key, String name, List<Long> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

}
