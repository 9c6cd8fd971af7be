package vn.congvu.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.TestHttp;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.personnel.Qualifications;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;

/**
 * Promotion over the API: a 2021 rank exam (nominations judged on the records, scores, results, the rank changes and
 * their salary placement, the indicators) and a 2026 council assessment under Decree 170/2025.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class PromotionIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final DecisionRef DECISION = new DecisionRef("3/QĐ-SNV", LocalDate.of(2009, 12, 20), "Sở Nội vụ");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelRecords records;

	@Autowired
	List<Indicator> indicators;

	private TestHttp api() {
		return TestHttp.api(port);
	}

	private JsonNode read(java.net.http.HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private long unit() {
		long caMau = read(api().get("/api/v1/me", "Authorization", HOME_AFFAIRS), 200).get("scopeUnitId").asLong();
		return read(api().json("POST", "/api/v1/units", "{\"name\":\"Trung tâm thử nâng ngạch " + SEQUENCE.incrementAndGet()
				+ "\",\"type\":\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + caMau + ",\"effectiveDate\":\"2005-01-01\","
				+ "\"decision\":{\"number\":\"1/QĐ-UBND\",\"date\":\"2004-12-20\",\"issuer\":\"UBND tỉnh\"}}",
				"Authorization", HOME_AFFAIRS), 201).get("id").asLong();
	}

	/** A specialist of the unit since {@code since}, holding the given state-management certificate. */
	private long specialist(long unit, String name, String since, String certificate) {
		int n = SEQUENCE.incrementAndGet();
		var official = registry.enrol(new PersonnelRegistry.EnrolOfficial("096080" + (500000 + n), name,
				LocalDate.of(1980, 1, 1), false, Sex.MALE, "01", unit, Category.CIVIL_SERVANT, "01.003", 1,
				LocalDate.parse(since), DECISION, null, false));
		registry.record(official.id(), PersonnelRegistry.RecordAction.of(ActionKind.END_OF_PROBATION,
				LocalDate.parse(since).plusYears(1), DECISION));
		if (certificate != null) {
			registry.update(official.id(), new PersonnelRegistry.UpdateOfficial(
					records.official(official.id()).orElseThrow().version(), null,
					new Qualifications(null, "DH", null, certificate, null, null), null, null, null, null));
		}
		return official.id();
	}

	private Indicator indicator(String code) {
		return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aRankExamOf2021EndsInRankChangesPlacedOnTheNewScale() throws Exception {
		long unit = unit();
		long first = specialist(unit, "Huỳnh Văn Một", "2010-01-04", "CVC");
		long second = specialist(unit, "Huỳnh Văn Hai", "2010-01-04", "CVC");
		long third = specialist(unit, "Huỳnh Văn Ba", "2011-03-01", null);
		long young = specialist(unit, "Huỳnh Văn Bốn", "2015-03-01", "CVC");
		long disciplined = specialist(unit, "Huỳnh Văn Năm", "2010-01-04", "CVC");
		registry.record(disciplined, PersonnelRegistry.RecordAction.discipline(LocalDate.of(2020, 12, 1), "Khiển trách", DECISION));

		var exam = read(api().json("POST", "/api/v1/promotion/exams", "{\"authorityUnitId\":" + unit + ",\"title\":"
				+ "\"Thi nâng ngạch chuyên viên chính năm 2021\",\"targetRankCode\":\"01.002\",\"heldOn\":\"2021-04-15\","
				+ "\"quota\":2}", "Authorization", HOME_AFFAIRS), 201);
		assertThat(exam.get("path").asString()).isEqualTo("RANK_EXAM");
		long id = exam.get("id").asLong();
		var path = "/api/v1/promotion/exams/" + id;
		var tooYoung = read(api().get(path + "/eligibility?officialId=" + young, "Authorization", HOME_AFFAIRS), 200);
		assertThat(tooYoung.get("eligible").asBoolean()).isFalse();
		assertThat(tooYoung.toString()).contains("\"code\":\"YEARS\",\"status\":\"NOT_MET\"");
		var nominated = read(api().json("POST", path + "/nominations", "{\"officialIds\":[" + first + "," + second + ","
				+ third + "," + young + "," + disciplined + "]}", "Authorization", HOME_AFFAIRS), 201);
		assertThat(nominated).hasSize(5);
		assertThat(nominated.get(2).get("eligible").asBoolean()).as("an unrecorded certificate is left to HR").isTrue();
		assertThat(nominated.get(2).get("conditions").toString()).contains("CERTIFICATE:UNVERIFIED");
		assertThat(nominated.get(3).get("eligible").asBoolean()).isFalse();
		assertThat(nominated.get(4).get("conditions").toString()).contains("DISCIPLINE:NOT_MET");
		read(api().json("POST", path + "/close", "{}", "Authorization", HOME_AFFAIRS), 200);
		var notNominee = read(api().json("POST", path + "/scores", "[{\"officialId\":" + young + ",\"score\":90}]",
				"Authorization", HOME_AFFAIRS), 400);
		assertThat(notNominee.get("field").asString()).isEqualTo("marks[0].officialId");
		// a Home Affairs officer who is the first nominee: their account is linked to their record; they mark nothing
		int n = SEQUENCE.incrementAndGet();
		long root = read(api().get("/api/v1/me", "Authorization", HOME_AFFAIRS), 200).get("scopeUnitId").asLong();
		read(api().json("POST", "/api/v1/accounts", "{\"username\":\"nominee." + n + "\",\"displayName\":\"Huỳnh Văn "
				+ "Một\",\"password\":\"Mot@2021pass\",\"role\":\"HOME_AFFAIRS\",\"scopeUnitId\":" + root + "}",
				"Authorization", HOME_AFFAIRS), 201);
		registry.linkAccount(first, "nominee." + n, records.official(first).orElseThrow().version());
		read(api().json("POST", path + "/scores", "[{\"officialId\":" + second + ",\"score\":99}]", "Authorization",
				basic("nominee." + n, "Mot@2021pass")), 409);
		read(api().json("POST", path + "/scores", "[{\"officialId\":" + first + ",\"score\":81},{\"officialId\":" + second
				+ ",\"score\":70.5},{\"officialId\":" + third + ",\"score\":45}]", "Authorization", HOME_AFFAIRS), 200);
		read(api().json("POST", path + "/results/publish", "{\"publishedOn\":\"2021-05-10\"}", "Authorization",
				HOME_AFFAIRS), 200);
		var results = read(api().get(path + "/nominations", "Authorization", HOME_AFFAIRS), 200);
		assertThat(results.get(0).get("verdict").asString()).isEqualTo("PASSED");
		assertThat(results.get(1).get("verdict").asString()).isEqualTo("PASSED");
		assertThat(results.get(2).get("verdict").asString()).isEqualTo("BELOW_THRESHOLD");
		assertThat(results.get(3).get("verdict").asString()).isEqualTo("INELIGIBLE");
		var decided = read(api().json("POST", path + "/decisions", "{\"number\":\"215/QĐ-UBND\",\"date\":\"2021-06-01\","
				+ "\"issuer\":\"UBND tỉnh Bạc Liêu\",\"signer\":\"Phạm Văn Thiều\"}", "Authorization", HOME_AFFAIRS), 201);
		assertThat(decided.get("actionIds")).hasSize(2);
		var employment = read(api().get("/api/v1/officials/" + first + "/employment?asOf=2021-06-15", "Authorization",
				HOME_AFFAIRS), 200);
		assertThat(employment.get("rankCode").asString()).isEqualTo("01.002");
		// DOMAIN A1: from A1 step 1 (2.34) to the first step of A2.1 at or above it: step 1 (4.40), clock restarting
		assertThat(employment.get("salaryScaleCode").asString()).isEqualTo("A2.1");
		assertThat(employment.get("salaryStep").asInt()).isEqualTo(1);
		assertThat(employment.get("stepStart").asString()).isEqualTo("2021-06-01");

		long caMau = read(api().get("/api/v1/me", "Authorization", HOME_AFFAIRS), 200).get("scopeUnitId").asLong();
		var half = new Query(caMau, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
		assertThat(indicator("promotion.exams").rows(half)).extracting(r -> r.recordId()).contains(id);
		assertThat(indicator("promotion.candidates").rows(half)).extracting(r -> r.subjectId())
			.contains(first, second, third).doesNotContain(young, disciplined);
		assertThat(indicator("promotion.passed").rows(half)).extracting(r -> r.subjectId())
			.contains(first, second).doesNotContain(third);
		// counted by the day the results were published (10/05/2021): a period ending that day has them, one starting
		// the day after does not
		assertThat(indicator("promotion.passed").rows(new Query(caMau, LocalDate.of(2021, 5, 10),
				LocalDate.of(2021, 5, 10)))).extracting(r -> r.subjectId()).contains(first, second);
		assertThat(indicator("promotion.exams").rows(new Query(caMau, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 5, 10)))).extracting(r -> r.recordId()).contains(id);
		assertThat(indicator("promotion.exams").rows(new Query(caMau, LocalDate.of(2021, 5, 11),
				LocalDate.of(2021, 6, 30)))).extracting(r -> r.recordId()).doesNotContain(id);
		assertThat(indicator("promotion.candidates").rows(new Query(caMau, LocalDate.of(2021, 5, 11),
				LocalDate.of(2021, 12, 31)))).extracting(r -> r.subjectId()).doesNotContain(first, second, third);

		// the notice of the results and the decision, in the layout of Decree 30/2020, opened in LibreOffice
		{
			var notice = java.nio.file.Files.createTempFile("ket-qua", ".docx");
			var decision = java.nio.file.Files.createTempFile("quyet-dinh", ".pdf");
			try {
				java.nio.file.Files.write(notice, api().bytes(path + "/results.docx", "Authorization", HOME_AFFAIRS));
				assertThat(vn.congvu.LibreOffice.text(notice).replaceAll("\\s+", " ")).contains("THÔNG BÁO",
						"Cà Mau, ngày 10 tháng 5 năm 2021", "Huỳnh Văn Một", "81", "Dưới 50 điểm",
						"Không đủ điều kiện dự thi, xét");
				java.nio.file.Files.write(decision, api().bytes(path + "/decision.pdf", "Authorization", HOME_AFFAIRS));
				assertThat(vn.congvu.LibreOffice.pdfText(decision).replaceAll("\\s+", " ")).contains("QUYẾT ĐỊNH",
						"Số: 215/QĐ-UBND", "Huỳnh Văn Một", "Huỳnh Văn Hai", "01.002").doesNotContain("Huỳnh Văn Ba");
			}
			finally {
				java.nio.file.Files.deleteIfExists(notice);
				java.nio.file.Files.deleteIfExists(decision);
			}
		}
	}

	@Test
	void from2025TheCouncilVotesInsteadOfAnExam() {
		long unit = unit();
		long first = specialist(unit, "Trương Thị Sáu", "2015-01-05", null);
		long second = specialist(unit, "Trương Thị Bảy", "2015-01-05", null);
		var exam = read(api().json("POST", "/api/v1/promotion/exams", "{\"authorityUnitId\":" + unit + ",\"title\":"
				+ "\"Xét chuyển lên ngạch chuyên viên chính\",\"targetRankCode\":\"01.002\",\"heldOn\":\"2026-03-02\","
				+ "\"quota\":2}", "Authorization", HOME_AFFAIRS), 201);
		assertThat(exam.get("path").asString()).isEqualTo("RANK_COUNCIL");
		var path = "/api/v1/promotion/exams/" + exam.get("id").asLong();
		read(api().json("POST", path + "/nominations", "{\"officialIds\":[" + first + "," + second + "]}",
				"Authorization", HOME_AFFAIRS), 201);
		read(api().json("POST", path + "/close", "{}", "Authorization", HOME_AFFAIRS), 200);
		var even = read(api().json("POST", path + "/scores", "[{\"officialId\":" + first
				+ ",\"members\":4,\"votesCast\":4,\"votesFor\":3}]", "Authorization", HOME_AFFAIRS), 400);
		assertThat(even.get("field").asString()).isEqualTo("marks[0].members");
		read(api().json("POST", path + "/scores", "[{\"officialId\":" + first + ",\"members\":5,\"votesCast\":4,"
				+ "\"votesFor\":3},{\"officialId\":" + second + ",\"members\":5,\"votesCast\":4,\"votesFor\":2}]",
				"Authorization", HOME_AFFAIRS), 200);
		read(api().json("POST", path + "/results/publish", "{\"publishedOn\":\"2026-03-05\"}", "Authorization",
				HOME_AFFAIRS), 200);
		var results = read(api().get(path + "/nominations", "Authorization", HOME_AFFAIRS), 200);
		assertThat(results.get(0).get("verdict").asString()).isEqualTo("PASSED");
		assertThat(results.get(1).get("verdict").asString()).isEqualTo("NOT_APPROVED");
		assertThat(results.get(0).get("conditions").toString()).contains("VACANCY:UNVERIFIED")
			.doesNotContain("YEARS").doesNotContain("CERTIFICATE");
	}

}
