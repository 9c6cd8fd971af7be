package vn.congvu.personnel;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.VietnameseOrder;
import vn.congvu.shared.database.CustomPlans;

/**
 * Finds officials employed on a date: by name without accents, from the start of any of its words ({@code nguyen van
 * an}, {@code van an} and {@code ngu} find "Nguyễn Văn An", {@code dang} finds "Đặng"), by citizen id, by unit (and
 * its subunits), category and status; in the Vietnamese order of names; a page at a time,
 * with counts capped so that broad searches stay fast. The caller's scope is part of the query itself.
 */
@Service
@Transactional(readOnly = true)
public class OfficialSearch {

	/** Counts stop here: "more than 10.000" is as useful as the exact figure and much cheaper. */
	public static final int COUNT_CAP = 10_000;

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * What to look for; {@code null} means any. Ages are whole years on {@code asOf}; {@code partyMember} asks for
	 * members ({@code true}) or non-members ({@code false}).
	 */
	public record Criteria(@Nullable String q, @Nullable Long unitId, boolean includeSubunits, @Nullable LocalDate asOf,
			@Nullable Category category, @Nullable EmploymentStatus status, @Nullable String rankCode,
			@Nullable Sex sex, @Nullable String ethnicGroup, @Nullable Integer minAge, @Nullable Integer maxAge,
			@Nullable String professionalLevel, @Nullable Boolean partyMember, int page, int size, @Nullable Order order,
			boolean descending) {

		public static Criteria of(@Nullable String q, @Nullable Long unitId, boolean includeSubunits,
				@Nullable LocalDate asOf, @Nullable Category category, @Nullable EmploymentStatus status, int page,
				int size) {
			return new Criteria(q, unitId, includeSubunits, asOf, category, status, null, null, null, null, null, null,
					null, page, size, null, false);
		}

		/** The order asked for; names when none. */
		public Order sorted() {
			return order == null ? Order.NAME : order;
		}

	}

	/**
	 * The orders a list of officials takes, each then by name (Vietnamese order) and id; descending reverses all of it.
	 * A unit's place is its name's (Vietnamese order) on the date, a rank's its code's.
	 */
	public enum Order {

		NAME, BIRTH, UNIT, RANK;

		/** The order named {@code name}, {@code birth}, {@code unit} or {@code rank}; names when none is named. */
		public static Order named(@Nullable String text) {
			if (text == null || text.isBlank()) {
				return NAME;
			}
			for (var order : values()) {
				if (order.name().equalsIgnoreCase(text.strip())) {
					return order;
				}
			}
			throw new InvalidInputException("sort", "personnel.search.sort");
		}

		/** The name of the order in a request: {@code name}, {@code birth}, {@code unit}, {@code rank}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A row of the exported list. */
	public record ExportRow(String fullName, LocalDate dateOfBirth, Sex sex, String citizenId, String ethnicGroup,
			@Nullable String unitName, Category category, @Nullable String rankCode, @Nullable Integer salaryStep,
			EmploymentStatus status, @Nullable String professionalLevel, @Nullable LocalDate partyJoinedOn,
			@Nullable String phone) {
	}

	public record Item(long id, String fullName, LocalDate dateOfBirth, Sex sex, long unitId, @Nullable String unitName,
			@Nullable String rankCode, Category category, EmploymentStatus status) {
	}

	/**
	 * @param total the number found, at most {@link #COUNT_CAP}
	 * @param totalCapped there are more than {@code total}
	 */
	public record Page(List<Item> items, long total, boolean totalCapped, int page, int size) {
	}

	/**
	 * An official's standing on {@code :date}: the copy kept on the official row (migration personnel V5) when the
	 * date lies in the range it holds for, else the employment period that covers the date. Nobody employed on the
	 * date gives no row.
	 */
	private static final String STANDING = """
			(SELECT o.standing_unit_id AS unit_id, o.standing_category AS category, o.standing_status AS status,
			   o.standing_rank AS rank_code
			 WHERE o.standing_valid @> CAST(:date AS date) AND o.standing_unit_id IS NOT NULL
			 UNION ALL
			 SELECT e.unit_id, e.category, e.status, e.rank_code FROM personnel.employment e
			 WHERE NOT o.standing_valid @> CAST(:date AS date) AND e.official_id = o.id
			   AND e.valid @> CAST(:date AS date)) s""";

	private static final String WORD_MATCH = "(' ' || o.name_key) LIKE :word";

	/**
	 * Names matched by more words than this are "broad": their first page is found by walking the officials in name
	 * order, the others from their words' index (migration personnel V6).
	 */
	public static final int BROAD_NAME = 3_000;

	/** A name search counts this far: past a thousand people, a name needs narrowing, not counting. */
	public static final int NAME_COUNT_CAP = 1_000;

	private final JdbcClient jdbc;

	private final PersonnelScope scope;

	private final UnitDirectory units;

	private final Clock clock;

	private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate streaming;

	OfficialSearch(JdbcClient jdbc, javax.sql.DataSource dataSource, PersonnelScope scope, UnitDirectory units,
			Clock clock) {
		this.jdbc = jdbc;
		this.streaming = vn.congvu.shared.database.Cursors.template(dataSource);
		this.scope = scope;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The conditions of the criteria; {@code standing} names the relation with the unit, category, status and rank
	 * on the date: an employment period {@code e} (whose range the conditions then check) or {@link #STANDING}.
	 */
	private static void filters(Criteria criteria, LocalDate date, PersonnelScope.Access access, List<String> where,
			Map<String, Object> params, String standing) {
		params.put("date", Date.valueOf(date));
		if (standing.equals("e")) {
			where.add("e.valid @> CAST(:date AS date)");
		}
		if (!access.unrestricted()) {
			// the scope's units on the date, from the organisation module's cache (see with())
			where.add(standing.equals("e") ? "e.unit_id IN (SELECT unit_id FROM scope)"
					: "s.unit_id = ANY(CAST(:scopeUnits AS bigint[]))");
			params.put("root", access.root());
		}
		if (criteria.unitId() != null) {
			if (criteria.includeSubunits()) {
				where.add(standing.equals("e") ? "e.unit_id IN (SELECT unit_id FROM subunits)"
						: "s.unit_id = ANY(CAST(:subunitIds AS bigint[]))");
			}
			else {
				where.add(standing + ".unit_id = :unit");
			}
			params.put("unit", criteria.unitId());
			if (criteria.includeSubunits()) {
				params.put("subunits", true);
			}
		}
		if (criteria.category() != null) {
			where.add(standing + ".category = :category");
			params.put("category", criteria.category().name());
		}
		if (criteria.status() != null) {
			where.add(standing + ".status = :status");
			params.put("status", criteria.status().name());
		}
		var q = criteria.q() == null ? "" : criteria.q().strip();
		if (!q.isEmpty()) {
			if (q.matches("\\d{6,12}")) {
				where.add("o.citizen_id LIKE :id");
				params.put("id", q + "%");
			}
			else {
				var key = VietnameseOrder.searchKey(q);
				if (key.length() > 120) {
					throw new InvalidInputException("q", "personnel.search.tooLong");
				}
				// from the start of any word of the name; searches find the names through their words' index (see
				// byName), this checks the row
				where.add(WORD_MATCH);
				var escaped = literal(key);
				params.put("word", "% " + escaped + "%");
				params.put("name", escaped + "%");
				params.put("key", key);
			}
		}
		if (criteria.rankCode() != null && !criteria.rankCode().isBlank()) {
			where.add(standing + ".rank_code = :rank");
			params.put("rank", criteria.rankCode().strip());
		}
		if (criteria.sex() != null) {
			where.add("o.sex = :sex");
			params.put("sex", criteria.sex().name());
		}
		if (criteria.ethnicGroup() != null && !criteria.ethnicGroup().isBlank()) {
			where.add("o.ethnic_code = :ethnic");
			params.put("ethnic", criteria.ethnicGroup().strip());
		}
		if (criteria.minAge() != null) {
			// at least N years old on the date: born on or before the date N years earlier
			where.add("o.date_of_birth <= :bornBy");
			params.put("bornBy", Date.valueOf(date.minusYears(criteria.minAge())));
		}
		if (criteria.maxAge() != null) {
			// at most N years old: not yet N + 1
			where.add("o.date_of_birth > :bornAfter");
			params.put("bornAfter", Date.valueOf(date.minusYears(criteria.maxAge() + 1L)));
		}
		if (criteria.professionalLevel() != null && !criteria.professionalLevel().isBlank()) {
			where.add("o.professional_level = :level");
			params.put("level", criteria.professionalLevel().strip().toUpperCase(Locale.ROOT));
		}
		if (criteria.partyMember() != null) {
			where.add(criteria.partyMember() ? "o.party_joined_on IS NOT NULL" : "o.party_joined_on IS NULL");
		}
	}

	/**
	 * The common table expressions the filters refer to: the units of the caller's scope, and of the unit asked for
	 * with its subunits, on the date, as the organisation module reckons them ({@code organization.scope_periods},
	 * kept in memory there), handed to the query as lists.
	 */
	private String with(Map<String, Object> params, LocalDate date, boolean employment) {
		var parts = new ArrayList<String>();
		if (params.containsKey("root")) {
			params.put("scopeUnits", units.unitsInScopeOn((Long) params.get("root"), date));
			if (employment) {
				parts.add("scope AS MATERIALIZED (SELECT unnest(CAST(:scopeUnits AS bigint[])) AS unit_id)");
			}
		}
		if (params.containsKey("unit") && params.containsKey("subunits")) {
			params.put("subunitIds", units.unitsInScopeOn((Long) params.get("unit"), date));
			if (employment) {
				parts.add("subunits AS MATERIALIZED (SELECT unnest(CAST(:subunitIds AS bigint[])) AS unit_id)");
			}
		}
		return parts.isEmpty() ? "" : "WITH " + String.join(", ", parts) + " ";
	}

	/**
	 * Runs a page's statement that also counts, in a column {@code found}, what the page is taken from; the count goes
	 * to {@code found[0]}, which stays as it was when the page is empty.
	 */
	private static List<Item> counting(JdbcClient.StatementSpec statement, Map<String, Object> params,
			org.springframework.jdbc.core.RowMapper<Item> mapper, long[] found) {
		return statement.params(params).query((rs, n) -> {
			found[0] = rs.getLong("found");
			return mapper.mapRow(rs, n);
		}).list();
	}

	/** The text as a LIKE pattern that matches it literally. */
	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Whether at least {@link #BROAD_NAME} words of names start with the key (an index-only look). */
	private boolean broad(String key) {
		var prefix = literal(key) + "%";
		return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM personnel.official_name_part WHERE part LIKE :name LIMIT "
				+ BROAD_NAME + ") w").param("name", prefix).query(Integer.class).single() >= BROAD_NAME;
	}

	/**
	 * Whether the caller's scope is wide enough for a walk of all officials in name order to fill a page soon: a
	 * province-wide scope (the demo province's has 251 units today, a ward's HR officer 16). Below it, the scope's own people
	 * are read through the employment index.
	 */
	private boolean wide(PersonnelScope.Access access, LocalDate date) {
		return access.unrestricted() || access.root() != null
				&& units.unitsInScopeOn(access.root(), date).length >= WIDE_SCOPE_UNITS;
	}

	static final int WIDE_SCOPE_UNITS = 150;

	/** Checks what a caller typed for the filters that the database cannot refuse by itself. */
	static void check(Criteria criteria) {
		for (var age : new Integer[] { criteria.minAge(), criteria.maxAge() }) {
			if (age != null && (age < 0 || age > 120)) {
				throw new InvalidInputException(age == criteria.minAge() ? "minAge" : "maxAge", "personnel.search.age");
			}
		}
	}

	/**
	 * Everything the criteria find (no paging), in the Vietnamese order, for a caller's {@code access} decided
	 * beforehand; rows are handed over as the database sends them, so that a list of any length passes through
	 * little memory. Runs in a read-only transaction of its own.
	 */
	void export(Criteria criteria, PersonnelScope.Access access, LocalDate date, java.util.function.Consumer<ExportRow> sink) {
		check(criteria);
		if (access.nothing()) {
			return;
		}
		CustomPlans.forThisTransaction(jdbc);
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		filters(criteria, date, access, where, params, "e");
		var names = new HashMap<Long, String>();
		var with = with(params, date, true);
		params.remove("subunits");
		streaming.query(with + """
				SELECT o.full_name, o.date_of_birth, o.sex, o.citizen_id, o.ethnic_code, e.unit_id, e.category,
				  e.rank_code, e.salary_step, e.status, o.professional_level, o.party_joined_on, o.phone
				FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id""" + " WHERE "
				+ String.join(" AND ", where) + orderBy(criteria, "o", "e.rank_code", "e.unit_id", params, date), params, rs -> {
					long unit = rs.getLong("unit_id");
					var unitName = names.computeIfAbsent(unit, id -> units.namesAsOf(List.of(id), date).get(id));
					var party = rs.getDate("party_joined_on");
					sink.accept(new ExportRow(rs.getString("full_name"), rs.getDate("date_of_birth").toLocalDate(),
							Sex.valueOf(rs.getString("sex")), rs.getString("citizen_id"), rs.getString("ethnic_code"),
							unitName, Category.valueOf(rs.getString("category")), rs.getString("rank_code"),
							(Integer) rs.getObject("salary_step"), EmploymentStatus.valueOf(rs.getString("status")),
							rs.getString("professional_level"), party == null ? null : party.toLocalDate(),
							rs.getString("phone")));
				});
	}

	/**
	 * A page of officials found by the criteria, in the order asked. One snapshot for all its statements (repeatable
	 * read): the halves of a walk and its count must not see a change committed between them.
	 */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public Page search(Criteria criteria) {
		check(criteria);
		int size = criteria.size() <= 0 ? 20 : criteria.size();
		if (size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "personnel.search.size", MAX_PAGE_SIZE);
		}
		int page = Math.max(0, criteria.page());
		var date = criteria.asOf() == null ? LocalDate.now(clock) : criteria.asOf();
		var access = scope.readable();
		if (access.nothing()) {
			return new Page(List.of(), 0, false, page, size);
		}
		CustomPlans.forThisTransaction(jdbc);
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		var q = criteria.q() == null ? "" : criteria.q().strip();
		boolean byId = q.matches("\\d{6,12}");
		boolean byName = !q.isEmpty() && !byId;
		// a broad name (many people) within a small scope or unit is found from the scope's people, below
		boolean broadName = byName && broad(VietnameseOrder.searchKey(q));
		boolean named = byName && (!broadName || criteria.unitId() == null && wide(access, date));
		// nothing asked but the scope and the person's own columns, over a scope wide enough: a walk in the order asked
		// (a page past the count's cap is found by the database's OFFSET instead of reading everything before it)
		boolean walk = !byName && !byId && criteria.unitId() == null && (long) page * size < COUNT_CAP
				&& wide(access, date);
		filters(criteria, date, access, where, params, named || byId || walk ? "s" : "e");
		var with = with(params, date, !(named || byId || walk));
		params.remove("subunits");
		params.put("limit", size);
		params.put("offset", (long) page * size);
		var mapper = (org.springframework.jdbc.core.RowMapper<Item>) (rs, n) -> new Item(rs.getLong("id"),
				rs.getString("full_name"), rs.getDate("date_of_birth").toLocalDate(), Sex.valueOf(rs.getString("sex")),
				rs.getLong("unit_id"), null, rs.getString("rank_code"), Category.valueOf(rs.getString("category")),
				EmploymentStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)));
		List<Item> rows;
		long counted;
		int cap;
		var order = criteria.sorted();
		if (named) {
			// a name: the people whose name has a word starting so, each once (at the first such word), with their
			// standing on the date read from the copy on the row when the date lies in its range (see STANDING)
			cap = NAME_COUNT_CAP;
			var rest = where.stream().filter(w -> !w.equals(WORD_MATCH)).toList();
			// each word found leads to its official by the primary key (OFFSET 0 keeps the planner from hashing the
			// whole table instead, which it prefers for a few thousand words and which took 100 ms at a million)
			var namedFrom = " FROM personnel.official_name_part p CROSS JOIN LATERAL (SELECT * FROM"
					+ " personnel.official o WHERE o.id = p.official_id OFFSET 0) o"
					+ " CROSS JOIN LATERAL " + STANDING + " WHERE p.part LIKE :name"
					+ " AND strpos(' ' || o.name_key, ' ' || :key) = length(o.name_key) - length(p.part) + 1"
					+ (rest.isEmpty() ? "" : " AND " + String.join(" AND ", rest));
			if (!broadName || order == Order.UNIT || order == Order.RANK) {
				// few (or an order that no walk follows): all of them at once, sorted, and counted
				var found = new long[] { -1 };
				rows = counting(jdbc.sql("WITH hits AS MATERIALIZED (SELECT o.id, o.full_name, o.date_of_birth, o.sex,"
						+ " o.sort_key, s.unit_id, s.rank_code, s.category, s.status" + namedFrom + ") SELECT h.*, (SELECT"
						+ " count(*) FROM hits) AS found FROM hits h" + orderBy(criteria, "h", "h.rank_code", "h.unit_id",
								params, date) + " LIMIT :limit OFFSET :offset"),
						params, mapper, found);
				counted = found[0] >= 0 ? found[0]
						: jdbc.sql("SELECT count(*)" + namedFrom).params(params).query(Long.class).single();
			}
			else {
				// many: the page by walking the officials in the order asked until it is full (in name order on the
				// index alone when only the name and the scope are asked: migration personnel V7), the count up to its
				// cap
				var onRow = where.stream().filter(w -> !w.startsWith("s.")).toList();
				var onStanding = where.stream().filter(w -> w.startsWith("s.")).toList();
				var copy = new ArrayList<>(List.of("o.standing_valid @> CAST(:date AS date)", "o.standing_unit_id IS NOT NULL"));
				var period = new ArrayList<>(List.of("e.official_id = o.id", "e.valid @> CAST(:date AS date)"));
				for (var w : onStanding) {
					copy.add(onTheCopy(w));
					period.add("e." + w.substring(2));
				}
				var rowOrder = orderBy(criteria, "o", "", "", params, date);
				var walked = "SELECT o.id, o.sort_key, o.date_of_birth FROM personnel.official o WHERE "
						+ String.join(" AND ", onRow) + " AND ((" + String.join(" AND ", copy)
						+ ") OR (NOT o.standing_valid @> CAST(:date AS date) AND EXISTS (SELECT 1 FROM"
						+ " personnel.employment e WHERE " + String.join(" AND ", period) + ")))" + rowOrder
						+ " LIMIT :limit OFFSET :offset";
				rows = jdbc.sql("SELECT o.id, o.full_name, o.date_of_birth, o.sex, s.unit_id, s.rank_code, s.category,"
						+ " s.status FROM (" + walked + ") w JOIN personnel.official o ON o.id = w.id CROSS JOIN LATERAL "
						+ STANDING + orderBy(criteria, "w", "", "", params, date))
					.params(params)
					.query(mapper)
					.list();
				counted = jdbc.sql("SELECT count(*) FROM (SELECT 1" + namedFrom + " LIMIT " + (cap + 1) + ") c")
					.params(params)
					.query(Long.class)
					.single();
			}
		}
		else if (walk) {
			cap = COUNT_CAP;
			var walked = walk(criteria, where, params, date, page, size, cap, mapper);
			rows = walked.items();
			counted = walked.counted();
		}
		else {
			cap = byName ? NAME_COUNT_CAP : COUNT_CAP;
			String from;
			String columns;
			String ordered;
			if (byId) {
				// a citizen id: by its prefix in the unique index
				from = " FROM personnel.official o CROSS JOIN LATERAL " + STANDING + " WHERE " + String.join(" AND ", where);
				columns = "o.id, o.full_name, o.date_of_birth, o.sex, s.unit_id, s.rank_code, s.category, s.status";
				ordered = orderBy(criteria, "o", "s.rank_code", "s.unit_id", params, date);
			}
			else {
				from = " FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id WHERE "
						+ String.join(" AND ", where);
				columns = "o.id, o.full_name, o.date_of_birth, o.sex, e.unit_id, e.rank_code, e.category, e.status";
				ordered = orderBy(criteria, "o", "e.rank_code", "e.unit_id", params, date);
			}
			var countSql = "SELECT count(*) FROM (SELECT 1" + from + " LIMIT " + (cap + 1) + ") c";
			var total = new long[] { -1 };
			// one statement for the page and the capped count, so that the people found are found once
			rows = counting(jdbc.sql(with + "SELECT " + columns + ", (" + countSql + ") AS found" + from + ordered
					+ " LIMIT :limit OFFSET :offset"), params, mapper, total);
			counted = total[0] >= 0 ? total[0] : jdbc.sql(with + countSql).params(params).query(Long.class).single();
		}
		var names = units.namesAsOf(rows.stream().map(Item::unitId).distinct().toList(), date);
		var items = rows.stream()
			.map(i -> new Item(i.id(), i.fullName(), i.dateOfBirth(), i.sex(), i.unitId(), names.get(i.unitId()),
					i.rankCode(), i.category(), i.status()))
			.toList();
		return new Page(items, Math.min(counted, cap), counted > cap, page, size);
	}

	/** A condition on the standing ({@code s.}) as it reads on the copy kept on the official's row. */
	private static String onTheCopy(String condition) {
		return condition.replace("s.unit_id", "o.standing_unit_id")
			.replace("s.category", "o.standing_category")
			.replace("s.status", "o.standing_status")
			.replace("s.rank_code", "o.standing_rank");
	}

	/**
	 * The ORDER BY of the order asked: {@code row} names the official's row (or a relation with its {@code sort_key},
	 * {@code date_of_birth} and {@code id}), {@code rank} and {@code unit} the standing's columns (unused for orders
	 * that do not need them). Sorting by unit hands the units' order on the date to the statement as {@code :unitOrder}.
	 */
	private String orderBy(Criteria criteria, String row, String rank, String unit, Map<String, Object> params,
			LocalDate date) {
		var keys = new ArrayList<String>();
		switch (criteria.sorted()) {
			case BIRTH -> keys.add(row + ".date_of_birth");
			case RANK -> keys.add(rank + " COLLATE \"C\"");
			case UNIT -> {
				keys.add("array_position(CAST(:unitOrder AS bigint[]), " + unit + ")");
				params.put("unitOrder", units.inNameOrder(date));
			}
			case NAME -> {
			}
		}
		keys.add(row + ".sort_key");
		keys.add(row + ".id");
		var direction = criteria.descending() ? " DESC" : "";
		return " ORDER BY " + String.join(direction + ", ", keys) + direction;
	}

	/** A page found and how many there are, counted up to a cap. */
	private record Found(List<Item> items, long counted) {
	}

	/** A row of a walk, with what it sorts by. */
	private record Walked(Item item, String sortKey, @Nullable Comparable<?> first) {
	}

	/**
	 * The page of a list over a wide scope, asked by nothing but the standing (category, status, rank) and the person's
	 * own columns, in the order asked, as two halves merged. Most people's standing on the date is the copy on their
	 * row (migration personnel V5): those are read from the official rows in the order of an index that follows the
	 * order asked (migration personnel V13), from the first row until the page is full (by unit, the units one after
	 * another in their names' order). The few whose copy does not hold on the date (the day has left its range, or the
	 * date lies in the past) are found through the copies' ranges (the same migration) and read from their employment.
	 * At a million officials the first page of a whole province costs a walk of about as many index entries as it
	 * shows, where sorting everyone at work cost seconds.
	 */
	private Found walk(Criteria criteria, List<String> where, Map<String, Object> params, LocalDate date, int page,
			int size, int cap, org.springframework.jdbc.core.RowMapper<Item> mapper) {
		var order = criteria.sorted();
		var copy = new ArrayList<>(List.of("o.standing_valid @> CAST(:date AS date)", "o.standing_unit_id IS NOT NULL"));
		var period = new ArrayList<String>();
		for (var w : where) {
			if (w.startsWith("s.")) {
				copy.add(onTheCopy(w));
				period.add("e." + w.substring(2));
			}
			else {
				copy.add(w);
				period.add(w);
			}
		}
		// the copy does not hold on the date: its range begins after it or ends by it, or it was never taken
		var aside = "(lower(o.standing_valid) > CAST(:date AS date) OR upper(o.standing_valid) <= CAST(:date AS date)"
				+ " OR o.standing_valid = 'empty')";
		var fromCopy = " FROM personnel.official o WHERE " + String.join(" AND ", copy);
		var fromPeriods = " FROM personnel.official o JOIN personnel.employment e ON e.official_id = o.id"
				+ " AND e.valid @> CAST(:date AS date) WHERE " + aside
				+ (period.isEmpty() ? "" : " AND " + String.join(" AND ", period));
		long reach = (long) page * size + size;
		params.put("reach", reach);
		var merged = new ArrayList<Walked>();
		long[] unitOrder = order == Order.UNIT ? units.inNameOrder(date) : new long[0];
		var place = new HashMap<Long, Integer>();
		for (int i = 0; i < unitOrder.length; i++) {
			place.put(unitOrder[i], i);
		}
		org.springframework.jdbc.core.RowMapper<Walked> keyed = (rs, n) -> {
			var item = mapper.mapRow(rs, n);
			Comparable<?> first = switch (order) {
				case NAME -> null;
				case BIRTH -> item.dateOfBirth();
				case RANK -> item.rankCode();
				case UNIT -> place.getOrDefault(item.unitId(), Integer.MAX_VALUE);
			};
			return new Walked(item, rs.getString("sort_key"), first);
		};
		var copyColumns = "SELECT o.id, o.full_name, o.date_of_birth, o.sex, o.sort_key, o.standing_unit_id AS unit_id,"
				+ " o.standing_rank AS rank_code, o.standing_category AS category, o.standing_status AS status";
		var direction = criteria.descending() ? " DESC" : "";
		if (order == Order.UNIT) {
			// people of units this node does not know yet (created on another node within the half minute its names
			// are kept) sort after every known unit, as in the statements ordered by array_position: last, or first
			// when descending
			var unknown = (Runnable) () -> {
				var p = new HashMap<>(params);
				p.put("known", unitOrder);
				p.put("need", reach - merged.size());
				merged.addAll(jdbc.sql(copyColumns + fromCopy + " AND o.standing_unit_id <> ALL(CAST(:known AS bigint[]))"
						+ " ORDER BY o.sort_key" + direction + ", o.id" + direction + " LIMIT :need")
					.params(p)
					.query(keyed)
					.list());
			};
			if (criteria.descending()) {
				unknown.run();
			}
			// unit after unit in their names' order, each's people in name order, a few units a statement (more each
			// time) until the page is full
			int from = 0;
			for (int chunk = 8; from < unitOrder.length && merged.size() < reach; chunk *= 4) {
				int to = Math.min(unitOrder.length, from + chunk);
				var ids = new Long[to - from];
				for (int i = from; i < to; i++) {
					ids[i - from] = unitOrder[criteria.descending() ? unitOrder.length - 1 - i : i];
				}
				var p = new HashMap<>(params);
				p.put("chunk", ids);
				p.put("need", reach - merged.size());
				merged.addAll(jdbc.sql("SELECT a.* FROM unnest(CAST(:chunk AS bigint[])) WITH ORDINALITY u(unit_id, n)"
						+ " CROSS JOIN LATERAL (" + copyColumns + fromCopy + " AND o.standing_unit_id = u.unit_id"
						+ " ORDER BY o.sort_key" + direction + ", o.id" + direction + " LIMIT :need) a"
						+ " ORDER BY u.n, a.sort_key" + direction + ", a.id" + direction + " LIMIT :need")
					.params(p)
					.query(keyed)
					.list());
				from = to;
			}
			if (!criteria.descending() && merged.size() < reach) {
				unknown.run();
			}
		}
		else {
			merged.addAll(jdbc.sql(copyColumns + fromCopy + orderBy(criteria, "o", "o.standing_rank", "", params, date)
					+ " LIMIT :reach").params(params).query(keyed).list());
		}
		merged.addAll(jdbc.sql("SELECT o.id, o.full_name, o.date_of_birth, o.sex, o.sort_key, e.unit_id, e.rank_code,"
				+ " e.category, e.status" + fromPeriods + orderBy(criteria, "o", "e.rank_code", "e.unit_id", params, date)
				+ " LIMIT :reach").params(params).query(keyed).list());
		// the two halves merged in the statements' order: the first key (nulls last), the name's key, the id
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparator<Walked> byFirst = (a, b) -> a.first() == null ? (b.first() == null ? 0 : 1)
				: b.first() == null ? -1 : ((Comparable) a.first()).compareTo(b.first());
		Comparator<Walked> sorted = byFirst.thenComparing(Walked::sortKey).thenComparingLong(w -> w.item().id());
		merged.sort(criteria.descending() ? sorted.reversed() : sorted);
		var items = merged.stream().skip((long) page * size).limit(size).map(Walked::item).toList();
		var countSql = "SELECT (SELECT count(*) FROM (SELECT 1" + fromCopy + " LIMIT " + (cap + 1)
				+ ") a) + (SELECT count(*) FROM (SELECT 1" + fromPeriods + " LIMIT " + (cap + 1) + ") b)";
		var countKey = new StringBuilder(countSql);
		new java.util.TreeMap<>(params).forEach((name, value) -> {
			if (!PAGING.contains(name)) {
				countKey.append('|').append(name).append('=').append(value instanceof long[] ids
						? java.util.Arrays.toString(ids) : value instanceof Object[] values
								? java.util.Arrays.toString(values) : value);
			}
		});
		long now = System.nanoTime();
		var known = counts.get(countKey.toString());
		long counted;
		if (known != null && now - known.at() < COUNT_TTL_NANOS) {
			counted = known.value();
		}
		else {
			// kept only if nothing was recorded meanwhile: a count begun before a change committed is not remembered
			long generation = changes.get();
			counted = jdbc.sql(countSql).params(params).query(Long.class).single();
			if (counts.size() > 1_000) {
				counts.clear();
			}
			if (changes.get() == generation) {
				counts.put(countKey.toString(), new Counted(counted, now));
			}
		}
		return new Found(items, counted);
	}

	/** The parameters of a page's place in the list, which its count does not depend on. */
	private static final java.util.Set<String> PAGING = java.util.Set.of("limit", "offset", "reach", "unitOrder");

	/**
	 * How many a whole province's list holds, remembered for half a minute by the statement and its values (the scope's
	 * units, the date, the filters): paging through a list, or sorting it otherwise, counts it once. Forgotten at once
	 * when this node records an action or enrols somebody; other changes (another node's, a record's correction, a
	 * reorganisation) show within the half minute. At a million officials counting to the cap cost more than the page.
	 */
	private final java.util.Map<String, Counted> counts = new java.util.concurrent.ConcurrentHashMap<>();

	private record Counted(long value, long at) {
	}

	static final long COUNT_TTL_NANOS = java.time.Duration.ofSeconds(30).toNanos();

	/** Changes recorded on this node so far: a count is remembered only if none came while it was counted. */
	private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

	/** Forgets the counts when the transaction that changed people ends. */
	private final class ForgetCounts implements org.springframework.transaction.support.TransactionSynchronization {

		@Override
		public void afterCompletion(int status) {
			forgetCounts();
		}

	}

	private void forgetCounts() {
		changes.incrementAndGet();
		counts.clear();
	}

	/**
	 * People were enrolled or an action recorded: the counts are forgotten now and again once the change's transaction
	 * ends (once per transaction, however many people an import enrols).
	 */
	@org.springframework.context.event.EventListener({ PersonnelActionRecorded.class, OfficialEnrolled.class })
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	void peopleChanged() {
		forgetCounts();
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()
				&& org.springframework.transaction.support.TransactionSynchronizationManager.getSynchronizations()
					.stream()
					.noneMatch(ForgetCounts.class::isInstance)) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new ForgetCounts());
		}
	}

}
