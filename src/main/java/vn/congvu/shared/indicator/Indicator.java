package vn.congvu.shared.indicator;

import java.util.List;
import java.util.function.Consumer;

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

	/**
	 * The figure for several queries, in their order: a trend asks the same scope on many days. A figure read by
	 * scanning the records may answer them together in one pass; this default asks each in turn.
	 */
	default List<Long> values(List<Query> queries) {
		return queries.stream().map(this::value).toList();
	}

	/** The records behind the figure, so that every number can be traced to people and decisions. */
	List<Row> rows(Query query);

	/**
	 * The same records as {@link #rows(Query)}, in the same order, handed to {@code sink} one at a time: for an export
	 * of a province's records (its whole workforce behind a headcount), which writes them out without holding them.
	 * Figures with many records read them through a cursor; this default lists them first.
	 */
	default void rows(Query query, Consumer<Row> sink) {
		rows(query).forEach(sink);
	}

	/** What the records' subjects are: officials (whose record a page opens), units, or neither (an application). */
	enum Subject {
		OFFICIAL, UNIT, OTHER
	}

	/** What {@link Row#subjectId()} names in this figure's records. */
	default Subject subject() {
		return Subject.OFFICIAL;
	}

	/** Names in both languages, and the unit the figure is measured in. */
	record Label(String vi, String en, String unitVi, String unitEn) {
	}

}
