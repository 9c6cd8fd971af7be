package vn.congvu.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.VietnameseCollation;

/**
 * Reads the organisation: the units as they stood on a date, one unit's versions and history, and scopes (which
 * units an account rooted at a unit may see).
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

	private static final String SELECT_VIEW = """
			SELECT u.id, v.code, v.name, v.type, v.parent_id, u.created_on, u.ended_on
			FROM organization.unit_version v JOIN organization.unit u ON u.id = v.unit_id
			""";

	private final JdbcClient jdbc;

	UnitDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every unit that exists on {@code date}, as it was then, ordered by type and name. */
	public List<UnitView> unitsAsOf(LocalDate date) {
		var units = new ArrayList<>(jdbc.sql(SELECT_VIEW + "WHERE v.valid @> CAST(:date AS date)")
			.param("date", date)
			.query(UnitDirectory::view)
			.list());
		VietnameseCollation.sort(units, Comparator.comparing(UnitView::type), UnitView::name);
		return units;
	}

	/** The unit as it is on {@code date}, or as it last was if it had ended by then, or first was if not yet born. */
	public Optional<UnitView> unit(long id, LocalDate date) {
		return jdbc.sql(SELECT_VIEW + """
				WHERE v.unit_id = :id
				ORDER BY CASE WHEN v.valid @> CAST(:date AS date) THEN 0 WHEN v.valid_from <= :date THEN 1 ELSE 2 END,
				         abs(v.valid_from - CAST(:date AS date))
				LIMIT 1
				""").param("id", id).param("date", date).query(UnitDirectory::view).optional();
	}

	public UnitView require(long id, LocalDate date) {
		return unit(id, date).orElseThrow(() -> new NotFoundException("organization.unit.notFound", id));
	}

	/** The unit exists on that day. */
	public boolean existsOn(long id, LocalDate date) {
		return jdbc.sql("SELECT count(*) FROM organization.unit_version WHERE unit_id = :id AND valid @> CAST(:d AS date)")
			.param("id", id)
			.param("d", date)
			.query(Long.class)
			.single() > 0;
	}

	/** Each version of the unit: its attributes over a period, oldest first. */
	public List<UnitVersionView> versions(long id) {
		return jdbc.sql("""
				SELECT v.valid_from, v.valid_to, v.code, v.name, v.type, v.parent_id,
				       (SELECT pv.name FROM organization.unit_version pv
				         WHERE pv.unit_id = v.parent_id AND pv.valid @> v.valid_from) AS parent_name
				FROM organization.unit_version v WHERE v.unit_id = :id ORDER BY v.valid_from
				""").param("id", id).query((rs, n) -> {
			var to = rs.getDate("valid_to");
			return new UnitVersionView(rs.getDate("valid_from").toLocalDate(),
					to == null ? null : to.toLocalDate(), rs.getString("code"), rs.getString("name"),
					UnitType.valueOf(rs.getString("type")), nullableLong(rs, "parent_id"), rs.getString("parent_name"));
		}).list();
	}

	/** Every change the unit went through, with its decision, oldest first. */
	public List<UnitHistoryEntry> history(long id) {
		return jdbc.sql("""
				SELECT r.id, r.kind AS r_kind, c.kind AS c_kind, r.effective_date,
				       r.decision_number, r.decision_date, r.decision_issuer, c.related_unit_id,
				       (SELECT rv.name FROM organization.unit_version rv
				         WHERE rv.unit_id = c.related_unit_id
				           AND (rv.valid @> r.effective_date OR rv.valid @> (r.effective_date - 1))
				         ORDER BY rv.valid_from DESC LIMIT 1) AS related_name,
				       c.old_value, c.new_value
				FROM organization.unit_change c JOIN organization.restructuring r ON r.id = c.restructuring_id
				WHERE c.unit_id = :id
				ORDER BY r.effective_date, r.id, c.id
				""").param("id", id).query((rs, n) -> new UnitHistoryEntry(rs.getLong("id"),
				RestructuringKind.valueOf(rs.getString("r_kind")), UnitChangeKind.valueOf(rs.getString("c_kind")),
				rs.getDate("effective_date").toLocalDate(),
				new DecisionRef(rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
						rs.getString("decision_issuer")),
				nullableLong(rs, "related_unit_id"), rs.getString("related_name"), rs.getString("old_value"),
				rs.getString("new_value")))
			.list();
	}

	/** The units directly under {@code parentId} on {@code date}. */
	public List<UnitView> childrenAsOf(long parentId, LocalDate date) {
		var units = new ArrayList<>(
				jdbc.sql(SELECT_VIEW + "WHERE v.parent_id = :parent AND v.valid @> CAST(:date AS date)")
					.param("parent", parentId)
					.param("date", date)
					.query(UnitDirectory::view)
					.list());
		VietnameseCollation.sort(units, Comparator.comparing(UnitView::type), UnitView::name);
		return units;
	}

	/**
	 * The place an official document of a unit is dated from (Decree 30/2020, Annex I): the name of the province the
	 * unit lies in on the day, without "Tỉnh" or "Thành phố" ("Bạc Liêu, ngày ..."); the unit's own name when it lies
	 * in no province.
	 */
	public String placeName(long unitId, LocalDate date) {
		var unit = unit(unitId, date);
		if (unit.isEmpty()) {
			return "";
		}
		var province = unit.get().type() == UnitType.PROVINCE ? unit
				: ancestorsAsOf(unitId, date).stream().filter(u -> u.type() == UnitType.PROVINCE).findFirst();
		var name = province.orElse(unit.get()).name();
		for (var prefix : List.of("Tỉnh ", "Thành phố ", "tỉnh ", "thành phố ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	/** The chain of parents of a unit on a date, nearest first. */
	public List<UnitView> ancestorsAsOf(long id, LocalDate date) {
		return jdbc.sql("""
				WITH RECURSIVE up(unit_id, depth) AS (
				  SELECT v.parent_id, 1 FROM organization.unit_version v
				   WHERE v.unit_id = :id AND v.valid @> CAST(:date AS date) AND v.parent_id IS NOT NULL
				  UNION ALL
				  SELECT v.parent_id, up.depth + 1 FROM organization.unit_version v JOIN up ON v.unit_id = up.unit_id
				   WHERE v.valid @> CAST(:date AS date) AND v.parent_id IS NOT NULL AND up.depth < 50
				)
				""" + SELECT_VIEW + """
				JOIN up ON up.unit_id = v.unit_id
				WHERE v.valid @> CAST(:date AS date)
				ORDER BY up.depth
				""").param("id", id).param("date", date).query(UnitDirectory::view).list();
	}

	/**
	 * The units an account rooted at {@code rootId} may see at some time: see {@link #inScopeOn}. Use it for lists of
	 * units; decisions about one unit on one day use {@link #inScopeOn}.
	 */
	public Set<Long> scopeOf(long rootId) {
		// from the scope periods kept in memory (see scopePeriods): the desks ask at every step
		var ids = new HashSet<Long>();
		scopePeriods(rootId).forEach(p -> ids.add(p.unitId()));
		return ids;
	}

	/**
	 * Whether {@code unitId} lies in the scope of an account rooted at {@code rootId} on {@code date}: the root itself;
	 * a unit while it sits under a unit of the scope; a unit merged or split into a unit of the scope, for its life
	 * before that restructuring (database function {@code organization.scope_periods}).
	 */
	public boolean inScopeOn(long rootId, long unitId, LocalDate date) {
		for (var period : scopePeriods(rootId)) {
			if (period.unitId() == unitId && period.covers(date)) {
				return true;
			}
		}
		return false;
	}

	/** The units in the scope of an account rooted at {@code rootId} on {@code date} (see {@link #inScopeOn}). */
	public long[] unitsInScopeOn(long rootId, LocalDate date) {
		return scopePeriods(rootId).stream()
			.filter(p -> p.covers(date))
			.mapToLong(ScopePeriod::unitId)
			.distinct()
			.sorted()
			.toArray();
	}

	/** A unit of a scope and the days it belongs to it: [{@code from}, {@code to}), open ends as {@code null}. */
	public record ScopePeriod(long unitId, @Nullable LocalDate from, @Nullable LocalDate to) {

		public boolean covers(LocalDate date) {
			return (from == null || !from.isAfter(date)) && (to == null || to.isAfter(date));
		}

	}

	private record CachedScope(List<ScopePeriod> periods, long readAt) {
	}

	/** How long another node's restructuring may go unseen here: scopes are otherwise cached until one happens. */
	private static final long SCOPE_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

	private static final int MAX_CACHED_SCOPES = 2_000;

	private final java.util.concurrent.ConcurrentHashMap<Long, CachedScope> scopes = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The periods of {@code organization.scope_periods(root)}, kept in memory: a scope changes only with a
	 * restructuring, which empties the cache on this node at once (and again when its transaction ends); other nodes
	 * see it within 30 seconds.
	 */
	public List<ScopePeriod> scopePeriods(long rootId) {
		var cached = scopes.get(rootId);
		long now = System.nanoTime();
		if (cached != null && now - cached.readAt() < SCOPE_TTL_NANOS) {
			return cached.periods();
		}
		var periods = List.copyOf(jdbc.sql("SELECT unit_id, lower(valid) AS f, upper(valid) AS t "
				+ "FROM organization.scope_periods(:root)")
			.param("root", rootId)
			.query((rs, n) -> new ScopePeriod(rs.getLong("unit_id"),
					rs.getDate("f") == null ? null : rs.getDate("f").toLocalDate(),
					rs.getDate("t") == null ? null : rs.getDate("t").toLocalDate()))
			.list());
		if (scopes.size() >= MAX_CACHED_SCOPES) {
			// any unit's subtree can be asked for (a search of a unit with its subunits): keep the memory bounded
			scopes.clear();
		}
		scopes.put(rootId, new CachedScope(periods, now));
		return periods;
	}

	@org.springframework.context.event.EventListener
	void on(UnitsRestructured event) {
		vn.congvu.shared.Transactions.nowAndWhenDone(() -> {
			scopes.clear();
			known = null;
		});
	}


	/** Units whose name or code contains the text (accents ignored) on a date, for pickers. */
	public List<UnitView> search(String text, LocalDate date, int limit) {
		var units = new ArrayList<>(jdbc.sql(SELECT_VIEW + """
				WHERE v.valid @> CAST(:date AS date)
				  AND (unaccent(lower(v.name)) LIKE '%' || unaccent(lower(:text)) || '%' OR v.code = :text)
				ORDER BY v.name LIMIT :limit
				""").param("date", date).param("text", text.strip()).param("limit", limit).query(UnitDirectory::view).list());
		VietnameseCollation.sort(units, Comparator.comparing(UnitView::type), UnitView::name);
		return units;
	}

	/**
	 * Names of units on a date, by id, for labelling lists: the name of the version in force on the date, or else of the
	 * latest version. Read from memory (every unit's versions are a few thousand rows at most), kept like the scopes:
	 * emptied by a restructuring here at once, re-read after 30 seconds for another node's. So is {@link #lastDay}.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public java.util.Map<Long, String> namesAsOf(Collection<Long> ids, LocalDate date) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		var all = known().names();
		var found = new java.util.HashMap<Long, String>();
		for (var id : ids) {
			var versions = all.get(id);
			if (versions == null) {
				continue;
			}
			// oldest first: the one in force on the date, else the latest
			var name = versions.get(versions.size() - 1).name();
			for (var v : versions) {
				if (!v.from().isAfter(date) && (v.to() == null || v.to().isAfter(date))) {
					name = v.name();
					break;
				}
			}
			found.put(id, name);
		}
		return found;
	}

	/**
	 * The last day of a unit's life, or {@code null} while it lasts (as the database's
	 * {@code organization.unit_last_day}), from memory like {@link #namesAsOf}.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public @Nullable LocalDate lastDay(long unitId) {
		return known().lastDays().get(unitId);
	}

	/**
	 * Every unit ever known, in the Vietnamese order of its name on {@code date} (as {@link #namesAsOf} names it), ties
	 * by id: the order of a list sorted by unit. Computed once per date and kept with the names in memory.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public long[] inNameOrder(LocalDate date) {
		var cached = known();
		var order = cached.nameOrders().get(date);
		if (order == null) {
			if (cached.nameOrders().size() > 64) {
				cached.nameOrders().clear();
			}
			var names = namesAsOf(cached.names().keySet(), date);
			var ids = new ArrayList<>(names.keySet());
			ids.sort(Comparator.naturalOrder());
			VietnameseCollation.sort(ids, names::get);
			order = ids.stream().mapToLong(Long::longValue).toArray();
			cached.nameOrders().put(date, order);
		}
		return order.clone();
	}

	/** A unit's name from {@code from} until {@code to} (exclusive, {@code null} while it lasts). */
	private record NameVersion(LocalDate from, @Nullable LocalDate to, String name) {
	}

	/** Every unit's names, oldest first, and the last day of each unit that ceased. */
	private record KnownUnits(java.util.Map<Long, List<NameVersion>> names, java.util.Map<Long, LocalDate> lastDays,
			long readAt, java.util.concurrent.ConcurrentHashMap<LocalDate, long[]> nameOrders) {
	}

	private volatile @Nullable KnownUnits known;

	private KnownUnits known() {
		var cached = known;
		long now = System.nanoTime();
		if (cached != null && now - cached.readAt() < SCOPE_TTL_NANOS) {
			return cached;
		}
		var names = new java.util.HashMap<Long, List<NameVersion>>();
		jdbc.sql("SELECT unit_id, valid_from, valid_to, name FROM organization.unit_version ORDER BY unit_id, valid_from")
			.query((rs, n) -> {
				var to = rs.getDate("valid_to");
				return names.computeIfAbsent(rs.getLong("unit_id"), id -> new ArrayList<>())
					.add(new NameVersion(rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
							rs.getString("name")));
			})
			.list();
		var lastDays = new java.util.HashMap<Long, LocalDate>();
		jdbc.sql("SELECT id, ended_on FROM organization.unit WHERE ended_on IS NOT NULL")
			.query((rs, n) -> lastDays.put(rs.getLong("id"), lastDayOf(rs.getDate("ended_on"))))
			.list();
		var read = new KnownUnits(names, lastDays, now, new java.util.concurrent.ConcurrentHashMap<>());
		known = read;
		return read;
	}

	private static UnitView view(ResultSet rs, int row) throws SQLException {
		Date ended = rs.getDate("ended_on");
		return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitType.valueOf(rs.getString("type")), nullableLong(rs, "parent_id"),
				rs.getDate("created_on").toLocalDate(), ended == null ? null : ended.toLocalDate());
	}

	/** A unit's last day: the day before {@code ended_on}, the first day it no longer exists. */
	private static LocalDate lastDayOf(Date endedOn) {
		return endedOn.toLocalDate().minusDays(1);
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
