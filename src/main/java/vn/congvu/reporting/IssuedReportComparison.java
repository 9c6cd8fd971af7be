package vn.congvu.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.indicator.Row;

/**
 * An issued report against the same report computed now: figure by figure, what changed since it was issued and
 * which records came, went or changed. The issued report is read from {@link IssuedReports} (within the caller's
 * scope), today's from {@link ReformReport}.
 */
@Service
@Transactional(readOnly = true)
public class IssuedReportComparison {

	/**
	 * How a figure differs between the issued report and the report computed now: the records that came (in the
	 * figure now, not then), went (then, not now) or changed (the same record, told differently); the lists are cut
	 * at {@link #SHOWN} each, the counts are whole.
	 */
	public record Change(String code, String label, long issued, long now, int cameCount, int wentCount,
			int changedCount, List<Row> came, List<Row> went, List<Row> changed) {

		public long difference() {
			return now - issued;
		}

		public boolean unchanged() {
			return issued == now && cameCount == 0 && wentCount == 0 && changedCount == 0;
		}

	}

	/** How many records of each kind a change lists. */
	public static final int SHOWN = 200;

	private final IssuedReports store;

	private final ReformReport reports;

	IssuedReportComparison(IssuedReports store, ReformReport reports) {
		this.store = store;
		this.reports = reports;
	}

	/**
	 * What changed since the report was issued: the same scope and period computed now, figure by figure against
	 * the issued one, with the records that came, went or changed. A figure the issued report did not have (an
	 * indicator added since) is compared with nothing.
	 */
	public List<Change> changes(long id, boolean vietnamese, ReformReport.Progress progress) {
		var issued = store.content(id);
		// the figures now, then each figure's records against those kept, one figure at a time
		var now = reports.content(issued.scope().id(), issued.from(), issued.to(),
				(done, total) -> progress.step(done, total * 2));
		int total = now.values().size() * 2;
		var then = new HashMap<String, ReformReport.Value>();
		issued.values().forEach(v -> then.put(v.code(), v));
		var changes = new ArrayList<Change>();
		int done = now.values().size();
		for (var v : now.values()) {
			var before = then.get(v.code());
			var comparison = new Comparison();
			if (before != null) {
				store.rows(id, v.code(), comparison::then);
			}
			reports.rows(v.code(), issued.scope().id(), issued.from(), issued.to(), comparison::now);
			changes.add(comparison.change(v.code(), vietnamese ? v.labelVi() : v.labelEn(),
					before == null ? 0 : before.value(), v.value()));
			progress.step(++done, total);
		}
		return changes;
	}

	/**
	 * A figure's records then and now, compared as those of now come, holding only those of then: a record is known by
	 * the record and the person or unit it is about; the first of several with the same key counts.
	 */
	private static final class Comparison {

		private record Key(long recordId, long subjectId) {
		}

		private static final Row SEEN = new Row(0, "", 0, "", LocalDate.MIN, null, null);

		private final Map<Key, Row> then = new LinkedHashMap<>();

		private final java.util.Set<Key> cameKeys = new java.util.HashSet<>();

		private final List<Row> came = new ArrayList<>();

		private final List<Row> changed = new ArrayList<>();

		private int changedCount;

		void then(Row row) {
			then.putIfAbsent(new Key(row.recordId(), row.subjectId()), row);
		}

		void now(Row row) {
			var key = new Key(row.recordId(), row.subjectId());
			var was = then.get(key);
			if (was == null) {
				if (cameKeys.add(key) && came.size() < SHOWN) {
					came.add(row);
				}
			}
			else if (was != SEEN) {
				then.put(key, SEEN);
				if (!was.equals(row)) {
					changedCount++;
					if (changed.size() < SHOWN) {
						changed.add(row);
					}
				}
			}
		}

		Change change(String code, String label, long issued, long now) {
			var went = new ArrayList<Row>();
			int wentCount = 0;
			for (var row : then.values()) {
				if (row != SEEN) {
					wentCount++;
					if (went.size() < SHOWN) {
						went.add(row);
					}
				}
			}
			return new Change(code, label, issued, now, cameKeys.size(), wentCount, changedCount, List.copyOf(came),
					List.copyOf(went), List.copyOf(changed));
		}

	}

}
