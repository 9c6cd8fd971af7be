package vn.congvu.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congvu.TestHttp.basic;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.TestHttp;

/**
 * Job-position schemes over the API: the life cycle draft → submitted → approved → superseded, who may do each step,
 * the law of the day a version applies from, and bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class PositionSchemeIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final String UNIT_HR = basic("demo.nhansu", "Demo@2021!");

	static final String LEADER = basic("demo.lanhdao", "Demo@2021!");

	static final String OFFICIAL = basic("demo.congchuc", "Demo@2021!");

	static final String DECISION = "\"decision\":{\"number\":\"1234/QĐ-UBND\",\"date\":\"2026-02-10\",\"issuer\":\"UBND tỉnh Cà Mau\"}";

	private static final AtomicInteger UNITS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	private TestHttp api() {
		return TestHttp.api(port);
	}

	private JsonNode read(java.net.http.HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	/** A new public service unit under the demo HR officer's ward (from 1 July 2025), so each test has its own. */
	private long newUnitInWardHrScope() {
		var ward = read(api().get("/api/v1/me", "Authorization", UNIT_HR), 200).get("scopeUnitId").asLong();
		return newUnit(ward, "2025-07-01");
	}

	private long newUnit(long parentId, String from) {
		var created = api().json("POST", "/api/v1/units", "{\"name\":\"Trung tâm thử nghiệm " + UNITS.incrementAndGet()
				+ "\",\"type\":\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + parentId + ",\"effectiveDate\":\"" + from
				+ "\",\"decision\":{\"number\":\"01/QĐ-UBND\",\"date\":\"2019-12-20\",\"issuer\":\"UBND tỉnh\"}}",
				"Authorization", HOME_AFFAIRS);
		return read(created, 201).get("id").asLong();
	}

	static String position(String code, String group, String rank, int headcount, boolean described) {
		return "{\"code\":\"" + code + "\",\"name\":\"Vị trí " + code + "\",\"group\":\"" + group + "\",\"rankCode\":"
				+ (rank == null ? "null" : "\"" + rank + "\"") + ",\"minDegree\":\"DH\",\"majors\":\"Luật; Hành chính\","
				+ "\"headcount\":" + headcount + (described
						? ",\"jobDescription\":\"Tham mưu, thực hiện\",\"competencyFramework\":\"Năng lực chung; chuyên môn\""
						: "")
				+ "}";
	}

	static String scheme(String appliesFrom, String positions, String shares, Long version) {
		return "{\"title\":\"Đề án vị trí việc làm\",\"appliesFrom\":\"" + appliesFrom + "\",\"positions\":[" + positions
				+ "],\"rankShares\":[" + shares + "]" + (version == null ? "" : ",\"version\":" + version) + "}";
	}

	static final String SHARES = "{\"rankLevel\":\"PRINCIPAL\",\"targetPct\":25},{\"rankLevel\":\"SPECIALIST\",\"targetPct\":75}";

	@Test
	void aSchemeIsDraftedSubmittedApprovedAndSupersededByItsRevision() {
		long unit = newUnitInWardHrScope();
		var draft = read(api().json("POST", "/api/v1/units/" + unit + "/position-schemes",
				scheme("2026-01-01", position("LD01", "LEADERSHIP", "01.002", 1, true) + ","
						+ position("CM01", "PROFESSIONAL", "01.003", 3, true), SHARES, null),
				"Authorization", UNIT_HR), 201);
		long id = draft.get("id").asLong();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("versionNo").asInt()).isEqualTo(1);
		assertThat(draft.get("positions")).hasSize(2);

		var edited = read(api().json("PUT", "/api/v1/position-schemes/" + id,
				scheme("2026-01-01", position("LD01", "LEADERSHIP", "01.002", 1, true) + ","
						+ position("CM01", "PROFESSIONAL", "01.003", 4, true), SHARES, 0L),
				"Authorization", UNIT_HR), 200);
		assertThat(edited.get("positions").get(1).get("headcount").asInt()).isEqualTo(4);
		var stale = api().json("PUT", "/api/v1/position-schemes/" + id,
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "01.003", 5, true), SHARES, 0L),
				"Authorization", UNIT_HR);
		assertThat(stale.statusCode()).isEqualTo(409);
		long version = edited.get("version").asLong();

		// approval cannot be skipped, nor done by the unit
		var skipped = api().json("POST", "/api/v1/position-schemes/" + id + "/approve",
				"{" + DECISION + ",\"signer\":\"Nguyễn Văn A\",\"version\":" + version + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(skipped.statusCode()).as(skipped.body()).isEqualTo(409);
		var submitted = read(api().json("POST", "/api/v1/position-schemes/" + id + "/submit",
				"{\"version\":" + version + "}", "Authorization", UNIT_HR), 200);
		assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
		version = submitted.get("version").asLong();
		var byUnit = api().json("POST", "/api/v1/position-schemes/" + id + "/approve",
				"{" + DECISION + ",\"signer\":\"Nguyễn Văn A\",\"version\":" + version + "}", "Authorization",
				UNIT_HR);
		assertThat(byUnit.statusCode()).isEqualTo(403);
		var editSubmitted = api().json("PUT", "/api/v1/position-schemes/" + id,
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "01.003", 5, true), SHARES, version),
				"Authorization", UNIT_HR);
		assertThat(editSubmitted.statusCode()).isEqualTo(409);

		var approved = read(api().json("POST", "/api/v1/position-schemes/" + id + "/approve",
				"{" + DECISION + ",\"signer\":\"Nguyễn Văn A\",\"version\":" + version + "}", "Authorization",
				HOME_AFFAIRS), 200);
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("decision").get("number").asString()).isEqualTo("1234/QĐ-UBND");
		assertThat(approved.get("approvedBy").asString()).isEqualTo("demo.sonoivu");
		assertThat(approved.get("appliesFrom").asString()).isEqualTo("2026-01-01");

		// an approved version cannot be edited, through the application or behind it
		var editApproved = api().json("PUT", "/api/v1/position-schemes/" + id,
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "01.003", 5, true), SHARES,
						approved.get("version").asLong()),
				"Authorization", UNIT_HR);
		assertThat(editApproved.statusCode()).isEqualTo(409);
		assertThatThrownBy(() -> jdbc.sql("UPDATE position.job_position SET headcount = 9 WHERE scheme_id = :id")
			.param("id", id).update()).hasMessageContaining("cannot change");
		assertThatThrownBy(() -> jdbc.sql("UPDATE position.scheme SET title = 'x' WHERE id = :id").param("id", id)
			.update()).hasMessageContaining("cannot be edited");

		// adjust and supplement: a new version from the approved one, which it supersedes when approved
		var revision = read(api().json("POST", "/api/v1/position-schemes/" + id + "/revise", "{}", "Authorization",
				UNIT_HR), 201);
		long next = revision.get("id").asLong();
		assertThat(revision.get("versionNo").asInt()).isEqualTo(2);
		assertThat(revision.get("revisesId").asLong()).isEqualTo(id);
		assertThat(revision.get("positions")).hasSize(2);
		var secondRevision = api().json("POST", "/api/v1/position-schemes/" + id + "/revise", "{}", "Authorization",
				UNIT_HR);
		assertThat(secondRevision.statusCode()).isEqualTo(409);
		var changed = read(api().json("PUT", "/api/v1/position-schemes/" + next,
				scheme("2026-09-01", position("LD01", "LEADERSHIP", "01.002", 1, true) + ","
						+ position("CM01", "PROFESSIONAL", "01.003", 5, true) + ","
						+ position("HT01", "SUPPORT", null, 1, true), SHARES, revision.get("version").asLong()),
				"Authorization", UNIT_HR), 200);
		var resubmitted = read(api().json("POST", "/api/v1/position-schemes/" + next + "/submit",
				"{\"version\":" + changed.get("version").asLong() + "}", "Authorization", UNIT_HR), 200);
		var early = api().json("POST", "/api/v1/position-schemes/" + next + "/approve",
				"{" + DECISION + ",\"signer\":\"Nguyễn Văn A\",\"effectiveFrom\":\"2025-12-31\",\"version\":"
						+ resubmitted.get("version").asLong() + "}",
				"Authorization", HOME_AFFAIRS);
		assertThat(read(early, 400).get("field").asString()).isEqualTo("effectiveFrom");
		read(api().json("POST", "/api/v1/position-schemes/" + next + "/approve",
				"{" + DECISION + ",\"signer\":\"Nguyễn Văn A\",\"version\":" + resubmitted.get("version").asLong()
						+ "}",
				"Authorization", HOME_AFFAIRS), 200);

		var versions = read(api().get("/api/v1/units/" + unit + "/position-schemes", "Authorization", LEADER), 200);
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(versions.get(1).get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(versions.get(1).get("appliesUntil").asString()).isEqualTo("2026-08-31");

		var diff = read(api().get("/api/v1/position-schemes/" + next + "/diff?against=" + id, "Authorization",
				HOME_AFFAIRS), 200);
		assertThat(diff.get("added")).hasSize(1);
		assertThat(diff.get("added").get(0).get("code").asString()).isEqualTo("HT01");
		assertThat(diff.get("removed")).isEmpty();
		assertThat(diff.get("changed")).hasSize(1);
		assertThat(diff.get("changed").get(0).get("fields").get(0).get("field").asString()).isEqualTo("headcount");
		assertThat(diff.get("changed").get(0).get("fields").get(0).get("before").asInt()).isEqualTo(4);
		assertThat(diff.get("changed").get(0).get("fields").get(0).get("after").asInt()).isEqualTo(5);
	}

	@Test
	void whoeverSubmitsCannotApproveNorReturn() {
		long unit = newUnitInWardHrScope();
		var draft = read(api().json("POST", "/api/v1/units/" + unit + "/position-schemes",
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "01.003", 2, true), SHARES, null),
				"Authorization", HOME_AFFAIRS), 201);
		long id = draft.get("id").asLong();
		var submitted = read(api().json("POST", "/api/v1/position-schemes/" + id + "/submit",
				"{\"version\":" + draft.get("version").asLong() + "}", "Authorization", HOME_AFFAIRS), 200);
		var own = api().json("POST", "/api/v1/position-schemes/" + id + "/approve",
				"{" + DECISION + ",\"signer\":\"Nguyễn Văn A\",\"version\":" + submitted.get("version").asLong() + "}",
				"Authorization", HOME_AFFAIRS);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(409);
		var ownReturn = api().json("POST", "/api/v1/position-schemes/" + id + "/return",
				"{\"note\":\"Bổ sung\",\"version\":" + submitted.get("version").asLong() + "}", "Authorization",
				HOME_AFFAIRS);
		assertThat(ownReturn.statusCode()).isEqualTo(409);
		assertThat(jdbc.sql("SELECT status FROM position.scheme WHERE id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("SUBMITTED");
	}

	@Test
	void aReturnedVersionGoesBackToTheUnitWithTheReason() {
		long unit = newUnitInWardHrScope();
		var draft = read(api().json("POST", "/api/v1/units/" + unit + "/position-schemes",
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "01.003", 2, true), SHARES, null),
				"Authorization", UNIT_HR), 201);
		long id = draft.get("id").asLong();
		var submitted = read(api().json("POST", "/api/v1/position-schemes/" + id + "/submit",
				"{\"version\":" + draft.get("version").asLong() + "}", "Authorization", UNIT_HR), 200);
		var noReason = api().json("POST", "/api/v1/position-schemes/" + id + "/return",
				"{\"version\":" + submitted.get("version").asLong() + "}", "Authorization", HOME_AFFAIRS);
		assertThat(read(noReason, 400).get("field").asString()).isEqualTo("note");
		var returned = read(api().json("POST", "/api/v1/position-schemes/" + id + "/return",
				"{\"note\":\"Bổ sung khung năng lực\",\"version\":" + submitted.get("version").asLong() + "}",
				"Authorization", HOME_AFFAIRS), 200);
		assertThat(returned.get("status").asString()).isEqualTo("DRAFT");
		assertThat(returned.get("returnedNote").asString()).isEqualTo("Bổ sung khung năng lực");
	}

	@Test
	void theGroupsAndDescriptionsAreThoseOfTheLawOnTheDayTheVersionAppliesFrom() {
		// Decree 62/2020: four groups, descriptions are annexes of the scheme
		long before = newUnit(api().unitId("2021-01-01", "96"), "2020-01-01");
		var legacy = read(api().json("POST", "/api/v1/units/" + before + "/position-schemes",
				scheme("2021-01-01", position("DC01", "SHARED_PROFESSIONAL", "01.003", 1, false), "", null),
				"Authorization", HOME_AFFAIRS), 201);
		read(api().json("POST", "/api/v1/position-schemes/" + legacy.get("id").asLong() + "/submit",
				"{\"version\":" + legacy.get("version").asLong() + "}", "Authorization", HOME_AFFAIRS), 200);
		var beforeUnitExisted = api().json("POST", "/api/v1/units/" + newUnitInWardHrScope() + "/position-schemes",
				scheme("2021-01-01", position("DC01", "SHARED_PROFESSIONAL", "01.003", 1, false), "", null),
				"Authorization", UNIT_HR);
		assertThat(read(beforeUnitExisted, 400).get("field").asString()).isEqualTo("appliesFrom");

		// Law 80/2025 from 1 July 2025: three groups, and every position described
		long after = newUnitInWardHrScope();
		var shared = read(api().json("POST", "/api/v1/units/" + after + "/position-schemes",
				scheme("2025-07-01", position("DC01", "SHARED_PROFESSIONAL", "01.003", 1, true), "", null),
				"Authorization", UNIT_HR), 201);
		var refused = read(api().json("POST", "/api/v1/position-schemes/" + shared.get("id").asLong() + "/submit",
				"{\"version\":" + shared.get("version").asLong() + "}", "Authorization", UNIT_HR, "Accept-Language", "en"),
				400);
		assertThat(refused.get("field").asString()).isEqualTo("positions[0].group");
		assertThat(refused.get("detail").asString()).contains("three");
		var undescribed = read(api().json("PUT", "/api/v1/position-schemes/" + shared.get("id").asLong(),
				scheme("2025-07-01", position("CM01", "PROFESSIONAL", "01.003", 1, true) + ","
						+ position("CM02", "PROFESSIONAL", "01.003", 1, false), "", shared.get("version").asLong()),
				"Authorization", UNIT_HR), 200);
		var refusedAgain = read(api().json("POST", "/api/v1/position-schemes/" + shared.get("id").asLong() + "/submit",
				"{\"version\":" + undescribed.get("version").asLong() + "}", "Authorization", UNIT_HR), 400);
		assertThat(refusedAgain.get("field").asString()).isEqualTo("positions[1].jobDescription");
		assertThat(JobPositionLaw.groupsOn(java.time.LocalDate.of(2025, 6, 30))).contains(PositionGroup.SHARED_PROFESSIONAL);
		assertThat(JobPositionLaw.groupsOn(java.time.LocalDate.of(2025, 7, 1)))
			.containsExactlyInAnyOrder(PositionGroup.LEADERSHIP, PositionGroup.PROFESSIONAL, PositionGroup.SUPPORT);
		assertThat(JobPositionLaw.stateManagementCertificateCounts(java.time.LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(JobPositionLaw.stateManagementCertificateCounts(java.time.LocalDate.of(2025, 7, 1))).isFalse();
	}

	@Test
	void badInputIsAProblemThatSaysWhereAndNothingIsStored() {
		long unit = newUnitInWardHrScope();
		var base = "/api/v1/units/" + unit + "/position-schemes";
		var unknownRank = read(api().json("POST", base,
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "99.999", 1, true), SHARES, null),
				"Authorization", UNIT_HR), 400);
		assertThat(unknownRank.get("field").asString()).isEqualTo("positions[0].rankCode");
		assertThat(unknownRank.get("detail").asString()).contains("99.999");
		var badShares = read(api().json("POST", base, scheme("2026-01-01",
				position("CM01", "PROFESSIONAL", "01.003", 1, true), "{\"rankLevel\":\"SPECIALIST\",\"targetPct\":90}",
				null), "Authorization", UNIT_HR, "Accept-Language", "en"), 400);
		assertThat(badShares.get("field").asString()).isEqualTo("rankShares");
		assertThat(badShares.get("detail").asString()).contains("100%").contains("90%");
		var duplicate = read(api().json("POST", base, scheme("2026-01-01",
				position("CM01", "PROFESSIONAL", "01.003", 1, true) + ","
						+ position("cm01", "PROFESSIONAL", "01.003", 1, true),
				SHARES, null), "Authorization", UNIT_HR), 400);
		assertThat(duplicate.get("field").asString()).isEqualTo("positions[1].code");
		var noHeadcount = read(api().json("POST", base, scheme("2026-01-01",
				position("CM01", "PROFESSIONAL", "01.003", 0, true), SHARES, null), "Authorization", UNIT_HR), 400);
		assertThat(noHeadcount.get("field").asString()).isEqualTo("positions[0].headcount");
		var malformed = api().json("POST", base, "{\"title\": ", "Authorization", UNIT_HR);
		assertThat(malformed.statusCode()).isEqualTo(400);
		var noDecision = read(api().json("POST", "/api/v1/position-schemes/1/approve", "{\"signer\":\"A\"}",
				"Authorization", HOME_AFFAIRS), 400);
		assertThat(noDecision.get("field").asString()).isEqualTo("decision");
		assertThat(read(api().get(base, "Authorization", UNIT_HR), 200)).isEmpty();
	}

	@Test
	void schemesOutsideTheScopeLookAbsentAndOfficialsReadNone() {
		long unit = newUnitInWardHrScope();
		var draft = read(api().json("POST", "/api/v1/units/" + unit + "/position-schemes",
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "01.003", 1, true), SHARES, null),
				"Authorization", HOME_AFFAIRS), 201);
		long caMau = read(api().get("/api/v1/me", "Authorization", HOME_AFFAIRS), 200).get("scopeUnitId").asLong();
		var outside = api().json("POST", "/api/v1/units/" + caMau + "/position-schemes",
				scheme("2026-01-01", position("CM01", "PROFESSIONAL", "01.003", 1, true), SHARES, null),
				"Authorization", UNIT_HR);
		assertThat(outside.statusCode()).isEqualTo(404);
		assertThat(api().get("/api/v1/units/" + caMau + "/position-schemes", "Authorization", UNIT_HR).statusCode())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/position-schemes/" + draft.get("id").asLong(), "Authorization", UNIT_HR)
			.statusCode()).isEqualTo(200);
		assertThat(api().get("/api/v1/position-schemes/" + draft.get("id").asLong(), "Authorization", OFFICIAL)
			.statusCode()).isEqualTo(403);
		assertThat(api().get("/api/v1/position-schemes/987654321", "Authorization", HOME_AFFAIRS).statusCode())
			.isEqualTo(404);
	}

	/** Drafts, submits (as the ward's HR) and approves (as Home Affairs) a scheme; returns its id. */
	long approvedScheme(long unit, String appliesFrom, String positions) {
		var draft = read(api().json("POST", "/api/v1/units/" + unit + "/position-schemes",
				scheme(appliesFrom, positions, SHARES, null), "Authorization", UNIT_HR), 201);
		long id = draft.get("id").asLong();
		var submitted = read(api().json("POST", "/api/v1/position-schemes/" + id + "/submit",
				"{\"version\":" + draft.get("version").asLong() + "}", "Authorization", UNIT_HR), 200);
		read(api().json("POST", "/api/v1/position-schemes/" + id + "/approve",
				"{" + DECISION + ",\"signer\":\"Nguyễn Văn A\",\"version\":" + submitted.get("version").asLong() + "}",
				"Authorization", HOME_AFFAIRS), 200);
		return id;
	}

	@Test
	void officialsArePlacedInPositionsOfTheSchemeInForceAndConcurrentPostsOnlyWhereItAllows() {
		long unit = newUnitInWardHrScope();
		approvedScheme(unit, "2025-07-01", position("CM01", "PROFESSIONAL", "01.003", 2, true) + ","
				+ position("CM02", "PROFESSIONAL", "01.003", 1, true) + ","
				+ position("HT01", "SUPPORT", null, 1, true).replace("}", ",\"concurrentAllowed\":true}"));
		var enrolled = read(api().json("POST", "/api/v1/officials", "{\"citizenId\":\"096185" + (100000 + UNITS.incrementAndGet())
				+ "\",\"fullName\":\"Trần Thị Kim Ngân\",\"dateOfBirth\":\"1985-04-12\",\"sex\":\"FEMALE\","
				+ "\"ethnicGroup\":\"01\",\"unitId\":" + unit + ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\","
				+ "\"salaryStep\":1,\"startDate\":\"2025-08-01\",\"decision\":{\"number\":\"15/QĐ-UBND\","
				+ "\"date\":\"2025-07-25\",\"issuer\":\"UBND phường\"}}", "Authorization", UNIT_HR), 201);
		long official = enrolled.get("id").asLong();
		var actions = "/api/v1/officials/" + official + "/actions";
		var decision = ",\"decision\":{\"number\":\"16/QĐ-UBND\",\"date\":\"2025-08-20\",\"issuer\":\"UBND phường\"}";
		var unknown = read(api().json("POST", actions, "{\"kind\":\"POSITION_ASSIGNMENT\",\"effectiveDate\":\"2025-09-01\","
				+ "\"positionCode\":\"XX99\"" + decision + "}", "Authorization", UNIT_HR), 400);
		assertThat(unknown.get("field").asString()).isEqualTo("positionCode");
		assertThat(unknown.get("detail").asString()).contains("XX99");
		read(api().json("POST", actions, "{\"kind\":\"POSITION_ASSIGNMENT\",\"effectiveDate\":\"2025-09-01\","
				+ "\"positionCode\":\"cm01\"" + decision + "}", "Authorization", UNIT_HR), 201);
		var notConcurrent = read(api().json("POST", actions, "{\"kind\":\"CONCURRENT_POST\",\"effectiveDate\":\"2025-10-01\","
				+ "\"positionCode\":\"CM02\"" + decision + "}", "Authorization", UNIT_HR), 400);
		assertThat(notConcurrent.get("field").asString()).isEqualTo("positionCode");
		read(api().json("POST", actions, "{\"kind\":\"CONCURRENT_POST\",\"effectiveDate\":\"2025-10-01\","
				+ "\"positionCode\":\"HT01\"" + decision + "}", "Authorization", UNIT_HR), 201);
		var employment = read(api().get("/api/v1/officials/" + official + "/employment?asOf=2025-11-01",
				"Authorization", UNIT_HR), 200);
		assertThat(employment.get("positionCode").asString()).isEqualTo("CM01");
		assertThat(employment.get("concurrentPositions").get(0).asString()).isEqualTo("HT01");
		assertThat(jdbc.sql("SELECT position_code || '+' || concurrent_positions FROM personnel.employment "
				+ "WHERE official_id = :id AND valid @> DATE '2025-11-01'").param("id", official).query(String.class)
			.single()).isEqualTo("CM01+HT01");
		assertThat(api().get("/officials/" + official + "?tab=career", "Authorization", UNIT_HR).body())
			.contains("CM01, từ 01/09/2025; kiêm nhiệm HT01");
	}

}
