package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;
import vn.congvu.shared.VietnameseOrder;

/**
 * The copy of each official's standing kept on the official row (migration personnel V5) never changes what a search
 * finds: on the demo province, name searches on dates inside and outside the copies' ranges, with the copies taken
 * today and taken on other days (aged copies), find exactly the people that employment alone says, in the same order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class StandingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Standings standings;

	@Autowired
	Clock clock;

	private static final Pattern ID = Pattern.compile("\\{\"id\":(\\d+),");

	private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	/** What employment alone says: the first hundred people with the name on the date, and how many there are. */
	private List<Long> truth(String name, LocalDate date, long[] total) {
		return truth(name, date, null, total);
	}

	/** ... of a unit alone, when {@code unit} is not null. */
	private List<Long> truth(String name, LocalDate date, Long unit, long[] total) {
		// from the start of any word of the name
		var like = "% " + VietnameseOrder.searchKey(name) + "%";
		// in Home Affairs' scope, as the organisation module reckons it
		var where = " WHERE e.valid @> CAST(:date AS date) AND (' ' || o.name_key) LIKE :name"
				+ " AND e.unit_id IN (SELECT s.unit_id FROM organization.scope_periods((SELECT scope_unit_id FROM"
				+ " identity.account WHERE username = 'demo.sonoivu')) s WHERE s.valid @> CAST(:date AS date))"
				+ (unit == null ? "" : " AND e.unit_id = " + unit);
		total[0] = jdbc.sql("SELECT count(*) FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id"
				+ where)
			.param("date", Date.valueOf(date))
			.param("name", like)
			.query(Long.class)
			.single();
		return jdbc.sql("SELECT o.id FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id"
				+ where + " ORDER BY o.sort_key, o.id LIMIT 100")
			.param("date", Date.valueOf(date))
			.param("name", like)
			.query(Long.class)
			.list();
	}

	private List<Long> found(TestHttp api, String name, LocalDate date, long[] total) {
		return found(api, name, date, null, total);
	}

	private List<Long> found(TestHttp api, String name, LocalDate date, Long unit, long[] total) {
		var response = api.get("/api/v1/officials?size=100&q=" + name.replace(' ', '+') + "&asOf=" + date
				+ (unit == null ? "" : "&unitId=" + unit), "Authorization", PersonnelIntegrationTests.HOME_AFFAIRS);
		assertThat(response.statusCode()).isEqualTo(200);
		return page(response.body(), total);
	}

	@Test
	void searchesFindWhatEmploymentSaysWhateverDayTheCopiesWereTakenOn() {
		var api = TestHttp.api(port);
		var today = LocalDate.now(clock);
		var days = List.of(today, LocalDate.of(2021, 6, 30), LocalDate.of(2004, 7, 1), today.plusYears(3));
		try {
			for (var copiedOn : days) {
				standings.moveOn(copiedOn);
				long fresh = jdbc.sql("SELECT count(*) FROM personnel.official WHERE standing_valid @> CAST(:d AS date)")
					.param("d", Date.valueOf(copiedOn))
					.query(Long.class)
					.single();
				assertThat(fresh).as("every copy holds on the day it was taken")
					.isEqualTo(jdbc.sql("SELECT count(*) FROM personnel.official").query(Long.class).single());
				for (var asOf : days) {
					for (var name : List.of("nguyen thi", "lam", "tran van", "dang", "van a", "ng")) {
						long[] expected = new long[1], actual = new long[1];
						var truth = truth(name, asOf, expected);
						assertThat(found(api, name, asOf, actual)).as("%s on %s, copies of %s", name, asOf, copiedOn)
							.isEqualTo(truth);
						assertThat(actual[0]).isEqualTo(Math.min(expected[0], OfficialSearch.NAME_COUNT_CAP));
					}
				}
			}
		}
		finally {
			standings.moveOn();
		}
	}

	/**
	 * What employment alone says of a whole list (no name): Home Affairs' (or another account's) people at work on the
	 * date with the filter, in the order asked, a page of 20; the units' order is their names' on the date in the JDK's
	 * Vietnamese collation, worked out here on its own.
	 */
	private List<Long> listTruth(String account, LocalDate date, String order, boolean descending, int page,
			String filter, long[] total) {
		var where = " WHERE e.valid @> CAST(:date AS date) AND e.unit_id IN (SELECT s.unit_id FROM"
				+ " organization.scope_periods((SELECT scope_unit_id FROM identity.account WHERE username = '" + account
				+ "')) s WHERE s.valid @> CAST(:date AS date))" + filter;
		var collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
		var units = jdbc.sql("SELECT DISTINCT ON (unit_id) unit_id, name FROM organization.unit_version"
				+ " ORDER BY unit_id, valid @> CAST(:date AS date) DESC, valid_from DESC")
			.param("date", Date.valueOf(date))
			.query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
		var sorted = new ArrayList<>(units);
		sorted.sort(java.util.Map.Entry.<Long, String>comparingByValue(collator)
			.thenComparing(java.util.Map.Entry.comparingByKey()));
		var keys = new ArrayList<String>();
		switch (order) {
			case "birth" -> keys.add("o.date_of_birth");
			case "rank" -> keys.add("e.rank_code COLLATE \"C\"");
			case "unit" -> keys.add("array_position(CAST(:units AS bigint[]), e.unit_id)");
			default -> {
			}
		}
		keys.add("o.sort_key");
		keys.add("o.id");
		var direction = descending ? " DESC" : "";
		total[0] = jdbc.sql("SELECT count(*) FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id"
				+ where)
			.param("date", Date.valueOf(date))
			.query(Long.class)
			.single();
		return jdbc.sql("SELECT o.id FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id"
				+ where + " ORDER BY " + String.join(direction + ", ", keys) + direction + " LIMIT 20 OFFSET "
				+ page * 20)
			.param("date", Date.valueOf(date))
			.param("units", sorted.stream().map(java.util.Map.Entry::getKey).toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/**
	 * The list in each order (name, birth, unit, rank, each reversed too) shows on each page what employment alone
	 * says, whichever day the copies were taken: for a whole province (its first page found by walking an index over
	 * the copies, the people whose copy does not hold on the date read from employment) and for a ward's HR officer.
	 */
	@Test
	void listsInEveryOrderAreWhatEmploymentSays() {
		var api = TestHttp.api(port);
		var today = LocalDate.now(clock);
		var days = List.of(today, LocalDate.of(2021, 6, 30));
		try {
			for (var copiedOn : days) {
				standings.moveOn(copiedOn);
				for (var asOf : days) {
					for (var order : List.of("name", "birth", "unit", "rank")) {
						for (boolean descending : List.of(false, true)) {
							// the first page of everybody, and a later page of a filtered list
							for (var filter : List.of("", "&sex=FEMALE&minAge=40")) {
								{
									int page = filter.isEmpty() ? 0 : 3;
									var sql = filter.isEmpty() ? ""
											: " AND o.sex = 'FEMALE' AND o.date_of_birth <= CAST(:date AS date) - interval '40 years'";
									long[] expected = new long[1], actual = new long[1];
									var truth = listTruth("demo.sonoivu", asOf, order, descending, page, sql, expected);
									var found = foundList(api, PersonnelIntegrationTests.HOME_AFFAIRS, asOf, order,
											descending, page, filter, actual);
									assertThat(found).as("%s%s page %d on %s%s, copies of %s", order,
											descending ? " desc" : "", page, asOf, filter, copiedOn)
										.isEqualTo(truth);
									assertThat(actual[0]).isEqualTo(Math.min(expected[0], OfficialSearch.COUNT_CAP));
								}
							}
						}
					}
				}
			}
		}
		finally {
			standings.moveOn();
		}
		for (var order : List.of("name", "birth", "unit", "rank")) {
			long[] expected = new long[1], actual = new long[1];
			assertThat(foundList(api, PersonnelIntegrationTests.UNIT_HR, today, order, true, 1, "", actual))
				.as("a ward's list by %s", order)
				.isEqualTo(listTruth("demo.nhansu", today, order, true, 1, "", expected))
				.isNotEmpty();
			assertThat(actual[0]).isEqualTo(expected[0]);
		}
		assertThat(api.get("/api/v1/officials?sort=salary", "Authorization", PersonnelIntegrationTests.HOME_AFFAIRS)
			.statusCode()).isEqualTo(400);
	}

	private List<Long> foundList(TestHttp api, String auth, LocalDate date, String order, boolean descending, int page,
			String filter, long[] total) {
		var response = api.get("/api/v1/officials?size=20&asOf=" + date + "&sort=" + order + "&dir="
				+ (descending ? "desc" : "asc") + "&page=" + page + filter, "Authorization", auth);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return page(response.body(), total);
	}

	/** The ids of a page the API answered, in its order, and its total into {@code total[0]}. */
	private static List<Long> page(String body, long[] total) {
		var ids = new ArrayList<Long>();
		var matcher = ID.matcher(body);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		var t = TOTAL.matcher(body);
		assertThat(t.find()).isTrue();
		total[0] = Long.parseLong(t.group(1));
		return ids;
	}

	/** A broad name within one unit is read from the unit's people, a narrow one from its words: both agree. */
	@Test
	void namesWithinAUnitFindWhatEmploymentSays() {
		var api = TestHttp.api(port);
		var today = LocalDate.now(clock);
		long unit = jdbc.sql("""
				SELECT unit_id FROM personnel.employment WHERE valid @> CAST(:d AS date)
				GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1""")
			.param("d", Date.valueOf(today))
			.query(Long.class)
			.single();
		for (var asOf : List.of(today, LocalDate.of(2021, 6, 30))) {
			for (var name : List.of("ng", "nguyen thi", "lam", "th")) {
				long[] expected = new long[1], actual = new long[1];
				var truth = truth(name, asOf, unit, expected);
				assertThat(found(api, name, asOf, unit, actual)).as("%s on %s in unit %d", name, asOf, unit)
					.isEqualTo(truth);
				assertThat(actual[0]).isEqualTo(Math.min(expected[0], OfficialSearch.NAME_COUNT_CAP));
			}
		}
	}

	/**
	 * The demo population is written in bulk with its copies computed in Java (BulkWriter), the people of the other
	 * tests through the triggers: the database's own rule finds nothing to change in any of them.
	 */
	@Test
	void everyCopyIsWhatTheDatabaseRuleSays() {
		assertThat(jdbc.sql("SELECT count(*) FROM personnel.official WHERE NOT standing_valid @> personnel.today()")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT personnel.refresh_standing(ARRAY(SELECT id FROM personnel.official), personnel.today())")
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * The copy a bulk write computes in Java (BulkWriter.standing) is the database rule's (personnel.refresh_standing)
	 * for 300 demo officials on five days, the copies then put back.
	 */
	@Test
	void theBulkWritersCopyIsTheDatabaseRulesCopy(@Autowired org.springframework.transaction.PlatformTransactionManager tm) {
		var ids = jdbc.sql("SELECT id FROM personnel.official ORDER BY hashint8(id) LIMIT 300").query(Long.class).list();
		var days = List.of(LocalDate.of(1999, 1, 1), LocalDate.of(2004, 10, 1), LocalDate.of(2021, 6, 30),
				LocalDate.now(clock), LocalDate.now(clock).plusYears(5));
		var compared = new int[1];
		var transaction = new org.springframework.transaction.support.TransactionTemplate(tm);
		transaction.executeWithoutResult(status -> {
			for (var day : days) {
				jdbc.sql("SELECT personnel.refresh_standing(CAST(:ids AS bigint[]), :day)")
					.param("ids", ids.toArray(Long[]::new))
					.param("day", Date.valueOf(day))
					.query(Integer.class)
					.single();
				for (long id : ids) {
					var periods = jdbc.sql("""
							SELECT valid_from, valid_to, unit_id, category, status, rank_code, last_action_id
							FROM personnel.employment WHERE official_id = :id ORDER BY valid_from""")
						.param("id", id)
						.query((rs, n) -> new EmploymentPeriod(rs.getDate(1).toLocalDate(),
								rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getLong(3),
								Category.valueOf(rs.getString(4)), EmploymentStatus.valueOf(rs.getString(5)),
								rs.getString(6), null, null, null, null, null, null, java.util.List.of(), null,
								rs.getLong(7)))
						.list();
					var java = BulkWriter.standing(periods, day);
					var same = jdbc.sql("""
							SELECT standing_valid = CAST(:range AS daterange)
							  AND standing_unit_id IS NOT DISTINCT FROM CAST(:unit AS bigint)
							  AND standing_category IS NOT DISTINCT FROM CAST(:category AS varchar)
							  AND standing_status IS NOT DISTINCT FROM CAST(:status AS varchar)
							  AND standing_rank IS NOT DISTINCT FROM CAST(:rank AS varchar)
							FROM personnel.official WHERE id = :id""")
						.param("range", java.range())
						.param("unit", java.unitId())
						.param("category", java.category() == null ? null : java.category().name())
						.param("status", java.status() == null ? null : java.status().name())
						.param("rank", java.rankCode())
						.param("id", id)
						.query(Boolean.class)
						.single();
					assertThat(same).as("official %d on %s: %s", id, day, java).isTrue();
					compared[0]++;
				}
			}
			status.setRollbackOnly();
		});
		assertThat(compared[0]).isEqualTo(1500);
	}

	@Test
	void aTransferMovesTheCopyAtOnce() {
		var api = TestHttp.api(port);
		var today = LocalDate.now(clock);
		long somebody = jdbc.sql("""
				SELECT o.id FROM personnel.official o JOIN personnel.employment e ON e.official_id = o.id
				WHERE e.valid @> CAST(:d AS date) AND e.status = 'WORKING' AND upper_inf(e.valid)
				  AND lower(e.valid) < CAST(:d AS date) - 30
				ORDER BY o.id LIMIT 1""")
			.param("d", Date.valueOf(today))
			.query(Long.class)
			.single();
		long from = jdbc.sql("SELECT standing_unit_id FROM personnel.official WHERE id = :id")
			.param("id", somebody)
			.query(Long.class)
			.single();
		long to = jdbc.sql("""
				SELECT unit_id FROM personnel.employment WHERE valid @> CAST(:d AS date) AND unit_id <> :from
				GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1""")
			.param("d", Date.valueOf(today))
			.param("from", from)
			.query(Long.class)
			.single();
		var transfer = api.json("POST", "/api/v1/officials/" + somebody + "/actions",
				"{\"kind\":\"TRANSFER\",\"effectiveDate\":\"" + today.minusDays(10) + "\",\"unitId\":" + to + ","
						+ PersonnelIntegrationTests.DECISION + "}",
				"Authorization", PersonnelIntegrationTests.HOME_AFFAIRS);
		assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(201);
		var copy = jdbc.sql("SELECT standing_unit_id, lower(standing_valid) FROM personnel.official WHERE id = :id")
			.param("id", somebody)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getDate(2).toLocalDate()))
			.single();
		assertThat(copy).containsExactly(to, today.minusDays(10));
	}

}
