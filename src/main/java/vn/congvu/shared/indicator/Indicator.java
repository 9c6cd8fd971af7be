package vn.congvu.shared.indicator;

import java.util.List;

/**
 * A figure of the reform reports, answered by the module that owns the underlying records (DESIGN: "the indicator
 * API"). Reporting collects every implementation as a bean and lays them out; it never reads a module's tables.
 */
public interface Indicator {

	/** The stable code reports refer to, for example {@code mobility.moves} (DOMAIN A2). */
	String code();

	/** What it counts, in Vietnamese and English. */
	Label label();

	/** The figure for a scope (the root unit of an organisation subtree) and a period or a date. */
	long value(Query query);

	/** The records behind the figure, so that every number can be traced to people and decisions. */
	List<Row> rows(Query query);

	/** Names in both languages, and the unit the figure is measured in. */
	record Label(String vi, String en, String unitVi, String unitEn) {
	}

}
