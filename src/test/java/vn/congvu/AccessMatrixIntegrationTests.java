package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access matrix, generated from the OpenAPI document: every endpoint of {@code /api/v1} × every role (and nobody
 * signed in) × an id out of the caller's scope, a missing id and, for an HR officer, their own record. A new endpoint
 * joins it without anyone writing a test; one whose path names a kind of record the matrix does not know fails it
 * until {@link Kind} learns where to find such records in and out of a scope.
 * <ul>
 * <li>nobody signed in: 401 everywhere;</li>
 * <li>no 5xx, whoever asks whatever;</li>
 * <li>"not yours" answers exactly as "missing" (status and problem type), for reads and writes;</li>
 * <li>a role that may not write somewhere (an official anywhere, a leader but for issuing reports) is refused there
 * (403, or the "missing" answer) before its body is read; their own self-service is left to its tests;</li>
 * <li>an HR officer takes no step in their own record;</li>
 * <li>none of these requests changes a row of the module tables.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class AccessMatrixIntegrationTests {

	static final long MISSING = 987_654_321L;

	static final String PASSWORD = "Demo@2021!";

	/** The callers: the five demo roles, an HR officer whose account is linked to a record of their unit, nobody. */
	enum Caller {

		NOBODY(null), SYSTEM_ADMIN("demo.quantri"), HOME_AFFAIRS("demo.sonoivu"), UNIT_HR("demo.nhansu"),
		LEADER("demo.lanhdao"), OFFICIAL("demo.congchuc"), HR_WITH_OWN_RECORD("matrix.own.hr");

		final String username;

		Caller(String username) {
			this.username = username;
		}

		/** Whether this caller may send {@code endpoint} a write at all (its body is then checked, and may be wrong). */
		boolean mayWrite(Endpoint endpoint) {
			return switch (this) {
				case OFFICIAL -> false;
				case LEADER -> LEADER_WRITES.contains(endpoint.toString());
				default -> true;
			};
		}

		/** Whether some records exist out of this caller's scope (the province-wide roles see everything). */
		boolean scoped() {
			return this == UNIT_HR || this == OFFICIAL || this == HR_WITH_OWN_RECORD;
		}

	}

	/** The kinds of record a path names, and where to find one outside a ward's scope. */
	enum Kind {

		OFFICIAL("""
				SELECT e.official_id FROM personnel.employment e
				WHERE e.valid @> personnel.today() AND e.unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"""),
		UNIT("SELECT u.id FROM organization.unit u WHERE u.id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"),
		ACCOUNT("""
				SELECT a.id FROM identity.account a
				WHERE a.scope_unit_id IS NOT NULL AND a.scope_unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"""),
		DRIVE("SELECT d.id FROM recruitment.drive d WHERE d.authority_unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"),
		APPLICATION("""
				SELECT a.id FROM recruitment.application a JOIN recruitment.drive d ON d.id = a.drive_id
				WHERE d.authority_unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"""),
		EXAM("SELECT e.id FROM promotion.exam e WHERE e.authority_unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"),
		SCHEME("SELECT s.id FROM position.scheme s WHERE s.unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"),
		ISSUED_REPORT("""
				SELECT r.id FROM reporting.issued_report r
				WHERE r.scope_unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"""),
		/** A file of the record of an official out of the ward. */
		ATTACHMENT("""
				SELECT a.id FROM personnel.attachment a JOIN personnel.employment e ON e.official_id = a.official_id
				WHERE e.valid @> personnel.today() AND e.unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"""),
		/** A recorded decision about an official out of the ward. */
		ACTION("""
				SELECT a.id FROM personnel.personnel_action a JOIN personnel.employment e ON e.official_id = a.official_id
				WHERE e.valid @> personnel.today() AND e.unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"""),
		CORRECTION("""
				SELECT c.id FROM personnel.correction_request c JOIN personnel.employment e ON e.official_id = c.official_id
				WHERE e.valid @> personnel.today() AND e.unit_id NOT IN (SELECT id FROM ward) ORDER BY 1 LIMIT 1"""),
		/** An import job is its requester's alone: one somebody else requested. */
		IMPORT_JOB("""
				SELECT j.id::text FROM personnel.import_job j
				WHERE j.requested_by NOT IN ('demo.nhansu', 'demo.congchuc', 'matrix.own.hr') ORDER BY j.requested_at LIMIT 1""",
				"7f3c0000-0000-4000-8000-000000000000");

		/** The query of one record out of the ward's scope, after a {@code ward} CTE of the ward and the units below it. */
		final String outOfWard;

		/** An id of the right form that no record has. */
		final String missing;

		Kind(String outOfWard) {
			this(outOfWard, Long.toString(MISSING));
		}

		Kind(String outOfWard, String missing) {
			this.outOfWard = outOfWard;
			this.missing = missing;
		}

		/** The kind a path parameter names, from the path before it. */
		static Optional<Kind> of(String path, String parameter) {
			var before = path.substring(0, path.indexOf("{" + parameter + "}"));
			if (parameter.equals("officialId") || before.endsWith("/officials/")) {
				return Optional.of(OFFICIAL);
			}
			if (parameter.equals("attachmentId")) {
				return Optional.of(ATTACHMENT);
			}
			if (parameter.equals("actionId")) {
				return Optional.of(ACTION);
			}
			if (parameter.equals("applicationId")) {
				return Optional.of(APPLICATION);
			}
			if (parameter.equals("unitId") || before.endsWith("/units/")) {
				return Optional.of(UNIT);
			}
			if (parameter.equals("jobId")) {
				return Optional.of(IMPORT_JOB);
			}
			for (var entry : Map.of("/accounts/", ACCOUNT, "/drives/", DRIVE, "/exams/", EXAM, "/position-schemes/",
					SCHEME, "/issued/", ISSUED_REPORT, "/corrections/", CORRECTION).entrySet()) {
				if (before.endsWith(entry.getKey())) {
					return Optional.of(entry.getValue());
				}
			}
			return Optional.empty();
		}

	}

	/** Path parameters that name no record: a value that reads well. */
	static final Map<String, String> VALUES = Map.of("format", "pdf", "code", "A1", "list", "ethnic-groups", "year",
			"2026");

	/** What a leader writes: the reports they issue. */
	static final java.util.Set<String> LEADER_WRITES = java.util.Set.of("POST /api/v1/reports/reform/issued");

	/** What one may ask about oneself whatever one's role: the self-service endpoints, not sent as writes here. */
	static final Pattern SELF_SERVICE = Pattern.compile("/api/v1/me(/.*)?");

	/**
	 * Units are the province's map, readable by every signed-in role (the tree, its history): only their writes and
	 * what hangs under a unit are scoped.
	 */
	static final Pattern OPEN_UNIT_READS = Pattern.compile("/api/v1/units/\\{id\\}(/history|/quotas)?");

	static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?\\}");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	record Endpoint(String method, String path) {

		boolean writes() {
			return !method.equals("GET");
		}

		List<String> parameters() {
			return PARAMETER.matcher(path).results().map(m -> m.group(1)).toList();
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	record Answer(int status, String type) {

		static Answer of(HttpResponse<String> response, JsonMapper json) {
			String type = "";
			if (response.body() != null && response.body().startsWith("{")) {
				try {
					var node = json.readTree(response.body());
					type = node.path("type").asString("");
				}
				catch (RuntimeException ex) {
					type = "(not JSON)";
				}
			}
			return new Answer(response.statusCode(), type);
		}

	}

	@Test
	void everyEndpointAnswersEveryCallerWithoutLeakingOrWriting() {
		var api = TestHttp.api(port);
		var docs = json.readTree(api.get("/v3/api-docs", "Authorization", basic("demo.sonoivu", PASSWORD)).body());
		var endpoints = new ArrayList<Endpoint>();
		for (var path : docs.get("paths").properties()) {
			if (!path.getKey().startsWith("/api/v1/")) {
				continue;
			}
			for (var method : List.of("get", "post", "put", "patch", "delete")) {
				if (path.getValue().has(method)) {
					endpoints.add(new Endpoint(method.toUpperCase(), path.getKey()));
				}
			}
		}
		assertThat(endpoints).as("endpoints in the OpenAPI document").hasSizeGreaterThan(90);

		long ward = api.unitId("2026-01-01", "31825");
		long ownRecord = hrWithOwnRecord(api, ward);
		var outOfWard = new LinkedHashMap<Kind, Optional<String>>();
		for (var kind : Kind.values()) {
			outOfWard.put(kind, jdbc.sql("WITH RECURSIVE ward(id) AS (SELECT CAST(:ward AS bigint) UNION "
					+ "SELECT v.unit_id FROM organization.unit_version v JOIN ward w ON v.parent_id = w.id) "
					+ kind.outOfWard).param("ward", ward).query(String.class).optional());
		}
		var before = fingerprint(jdbc);
		var failures = new ArrayList<String>();
		int requests = 0;

		for (var endpoint : endpoints) {
			var kinds = new LinkedHashMap<String, Kind>();
			for (var parameter : endpoint.parameters()) {
				var kind = Kind.of(endpoint.path(), parameter);
				if (kind.isPresent()) {
					kinds.put(parameter, kind.get());
				}
				else if (!VALUES.containsKey(parameter)) {
					failures.add(endpoint + ": the matrix knows no records for {" + parameter + "}; teach Kind or VALUES");
				}
			}
			for (var caller : Caller.values()) {
				if (endpoint.writes() && SELF_SERVICE.matcher(endpoint.path()).matches() && caller != Caller.NOBODY) {
					continue; // one's own contacts and corrections: the self-service tests write them
				}
				var missing = send(api, endpoint, caller, fill(endpoint, kinds, kind -> kind.missing,
						Long.toString(MISSING)));
				requests++;
				check(failures, endpoint, caller, "missing", missing);
				if (caller.scoped() && !kinds.isEmpty()
						&& !(OPEN_UNIT_READS.matcher(endpoint.path()).matches() && !endpoint.writes())) {
					var ids = fill(endpoint, kinds, kind -> outOfWard.get(kind).orElse(null), null);
					if (ids != null) {
						var notYours = send(api, endpoint, caller, ids);
						requests++;
						check(failures, endpoint, caller, "not yours", notYours);
						if (!notYours.equals(missing)) {
							failures.add(endpoint + " as " + caller + ": not yours " + notYours + " but missing "
									+ missing + " (" + ids + ")");
						}
					}
				}
				if (caller == Caller.HR_WITH_OWN_RECORD && endpoint.writes()
						&& kinds.values().stream().anyMatch(kind -> kind == Kind.OFFICIAL)) {
					var own = send(api, endpoint, caller, fill(endpoint, kinds,
							kind -> kind == Kind.OFFICIAL ? Long.toString(ownRecord) : kind.missing, null));
					requests++;
					check(failures, endpoint, caller, "own record", own);
					if (own.status() < 400) {
						failures.add(endpoint + " as " + caller + " on their own record: " + own);
					}
				}
			}
		}
		assertThat(fingerprint(jdbc)).as("module tables after %d refused or harmless requests", requests)
			.isEqualTo(before);
		assertThat(failures).as("%d requests over %d endpoints", requests, endpoints.size()).isEmpty();
	}

	private void check(List<String> failures, Endpoint endpoint, Caller caller, String which, Answer answer) {
		if (answer.status() >= 500) {
			failures.add(endpoint + " as " + caller + " (" + which + "): " + answer);
		}
		if (caller == Caller.NOBODY && answer.status() != 401) {
			failures.add(endpoint + " with nobody signed in (" + which + "): " + answer + " instead of 401");
		}
		if (caller != Caller.NOBODY && endpoint.writes() && !caller.mayWrite(endpoint) && answer.status() != 403
				&& answer.status() != 404) {
			failures.add(endpoint + " as " + caller + " (" + which + "): " + answer + " instead of a refusal");
		}
		if (endpoint.writes() && answer.status() < 300) {
			failures.add(endpoint + " as " + caller + " (" + which + ") wrote: " + answer);
		}
	}

	/** The path with each record parameter filled by {@code id} and the others by {@link #VALUES}; null if none. */
	private static String fill(Endpoint endpoint, Map<String, Kind> kinds,
			java.util.function.Function<Kind, String> id, String fallback) {
		var matcher = PARAMETER.matcher(endpoint.path());
		var filled = new StringBuilder();
		while (matcher.find()) {
			var parameter = matcher.group(1);
			var value = kinds.containsKey(parameter) ? id.apply(kinds.get(parameter)) : VALUES.get(parameter);
			if (value == null) {
				value = fallback;
			}
			if (value == null) {
				return null;
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private Answer send(TestHttp api, Endpoint endpoint, Caller caller, String path) {
		var headers = caller.username == null ? new String[0]
				: new String[] { "Authorization", basic(caller.username, caller == Caller.HR_WITH_OWN_RECORD
						? OWN_PASSWORD : PASSWORD) };
		var response = endpoint.writes() ? api.json(endpoint.method(), path, "{}", headers) : api.get(path, headers);
		return Answer.of(response, json);
	}

	static final String OWN_PASSWORD = "Matrix@2026-own";

	/** An HR officer of the ward whose account is linked to a record of the ward: the id of that record. */
	private long hrWithOwnRecord(TestHttp api, long ward) {
		var homeAffairs = basic("demo.sonoivu", PASSWORD);
		var unitHr = basic("demo.nhansu", PASSWORD);
		var existing = jdbc.sql("SELECT id FROM personnel.official WHERE citizen_id = '095188999001'")
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var account = api.json("POST", "/api/v1/accounts", "{\"username\":\"" + Caller.HR_WITH_OWN_RECORD.username
				+ "\",\"displayName\":\"Trần Thị Ma Trận\",\"password\":\"" + OWN_PASSWORD + "\",\"role\":\"UNIT_HR\","
				+ "\"scopeUnitId\":" + ward + "}", "Authorization", homeAffairs);
		assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
		var record = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"095188999001\",\"fullName\":\"Trần Thị "
				+ "Ma Trận\",\"dateOfBirth\":\"1988-04-02\",\"sex\":\"FEMALE\",\"ethnicGroup\":\"01\",\"unitId\":" + ward
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"salaryStep\":1,\"startDate\":\"2025-09-01\","
				+ "\"decision\":{\"number\":\"8/QĐ-UBND\",\"date\":\"2025-08-25\",\"issuer\":\"UBND phường Bạc Liêu\"}}",
				"Authorization", unitHr);
		assertThat(record.statusCode()).as(record.body()).isEqualTo(201);
		long id = json.readTree(record.body()).get("id").asLong();
		long version = json.readTree(api.get("/api/v1/officials/" + id, "Authorization", unitHr).body())
			.get("version")
			.asLong();
		var link = api.json("PUT", "/api/v1/officials/" + id + "/account", "{\"username\":\""
				+ Caller.HR_WITH_OWN_RECORD.username + "\",\"version\":" + version + "}", "Authorization", unitHr);
		assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
		return id;
	}

	/** Row count and checksum of every module table (not the audit and access logs, which reads fill, nor sessions). */
	static Map<String, String> fingerprint(JdbcClient jdbc) {
		var tables = jdbc.sql("""
				SELECT schemaname || '.' || tablename FROM pg_tables
				WHERE schemaname IN ('organization', 'identity', 'catalog', 'personnel', 'position', 'promotion',
				  'recruitment', 'reporting') AND tablename <> 'failed_sign_in'
				ORDER BY 1""").query(String.class).list();
		var result = new LinkedHashMap<String, String>();
		for (var table : tables) {
			result.put(table, jdbc.sql("SELECT count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM "
					+ table + " t").query(String.class).single());
		}
		return result;
	}

}
