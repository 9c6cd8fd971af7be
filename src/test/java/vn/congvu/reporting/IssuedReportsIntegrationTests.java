package vn.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;
import vn.congvu.TestHttp;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitType;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;
import vn.congvu.shared.Sex;

/**
 * An issued report is frozen: on a province of its own, a report issued for the first half of 2021 gives the same
 * figures, records and files, byte for byte, after the records behind it are corrected, while the same report
 * computed now and the comparison show what changed. Numbers, dates, roles and scopes are checked before anything is
 * kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class IssuedReportsIntegrationTests {

	@Autowired
	IssuedReportComparison comparison;

	static final DecisionRef DECISION = new DecisionRef("07/QĐ-UBND", LocalDate.of(2020, 12, 1), "UBND tỉnh Ban Hành");

	static final LocalDate FROM = LocalDate.of(2021, 1, 1);

	static final LocalDate TO = LocalDate.of(2021, 6, 30);

	@Autowired
	IssuedReports issued;

	@Autowired
	ReformReport reports;

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelRecords records;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static void signIn(Caller caller) {
		vn.congvu.TestCallers.signIn(caller);
	}

	private long create(String code, String name, UnitType type, Long parent) {
		return restructuring.create(new UnitRestructuring.CreateUnit(new UnitRestructuring.NewUnit(code, name, type,
				parent), LocalDate.of(2000, 1, 1), DECISION, null)).createdUnitIds().get(0);
	}

	private long enrol(String citizenId, String name, String start, long unit) {
		return registry.enrol(new PersonnelRegistry.EnrolOfficial(citizenId, name, LocalDate.of(1980, 5, 5), false,
				Sex.MALE, "01", unit, Category.CIVIL_SERVANT, "01.003", 1, LocalDate.parse(start), DECISION, null, false))
			.id();
	}

	private long transfer(long official, String date, long unit) {
		return registry.record(official, PersonnelRegistry.RecordAction.transfer(LocalDate.parse(date), unit, DECISION)).id();
	}

	private static Map<String, Long> figures(ReformReport.Report report) {
		return report.indicators().stream().collect(Collectors.toMap(ReformReport.Figure::code,
				ReformReport.Figure::value));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	@Test
	void anIssuedReportStaysByteForByteTheSameAfterCorrectionsAndTheComparisonShowsWhatChanged() throws Exception {
		long province = create("BH1", "Tỉnh Ban Hành", UnitType.PROVINCE, null);
		long communeA = create("BH1.1", "Xã Ban Hành A", UnitType.COMMUNE, province);
		long communeB = create("BH1.2", "Xã Ban Hành B", UnitType.COMMUNE, province);
		long first = enrol("095080200001", "Lâm Văn Một", "2021-01-04", communeA);
		long second = enrol("095080200002", "Lâm Văn Hai", "2021-06-30", communeA);
		long transfer = transfer(first, "2021-06-30", communeB);
		signIn(new Caller(951, "ha.bh1", Role.HOME_AFFAIRS, province));

		long id = issued.issue(province, FROM, TO, " 15/bc-ubnd ", LocalDate.of(2021, 7, 5),
				ReformReport.Progress.NONE);
		var asIssued = issued.report(id, true);
		var figuresJson = json.writeValueAsBytes(asIssued);
		var docx = issued.document(id, "docx");
		var pdf = issued.document(id, "pdf");
		var xlsx = issued.document(id, "xlsx");
		assertThat(issued.find(id).number()).isEqualTo("15/BC-UBND");
		assertThat(figures(asIssued)).containsEntry("recruitment.hired", 2L)
			.containsEntry("mobility.transfers", 1L)
			.containsEntry("personnel.headcount", 2L);
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("15/BC-UBND", "ỦY BAN NHÂN DÂN TỈNH BAN HÀNH",
					"6 tháng đầu năm 2021", "đã tuyển dụng 2 công chức, viên chức", "ngày 05 tháng 7 năm 2021");
		}
		assertThat(jdbc.sql("SELECT sha256 FROM reporting.issued_document WHERE report_id = ? AND format = 'docx'")
			.param(id).query(String.class).single()).isEqualTo(sha256(docx));

		// later corrections: the transfer was recorded by mistake, and a recruitment of March was entered late
		registry.record(first, PersonnelRegistry.RecordAction.cancellation(LocalDate.of(2021, 8, 2), transfer, DECISION));
		enrol("095080200003", "Lâm Văn Ba", "2021-03-01", communeB);
		// and a name was mistyped
		var was = records.official(second).orElseThrow();
		registry.update(second, PersonnelRegistry.UpdateOfficial.personal(was.version(),
				new PersonnelRegistry.PersonalDetails(was.citizenId(), "Lâm Văn Hải", was.dateOfBirth(),
						was.birthYearOnly(), was.sex(), was.ethnicGroup(), was.religion(), was.birthplace(),
						was.homeTown(), was.residence(), was.phone(), was.email())));

		var now = figures(reports.report(province, FROM, TO, true));
		assertThat(now).containsEntry("recruitment.hired", 3L).containsEntry("mobility.transfers", 0L)
			.containsEntry("personnel.headcount", 3L);
		assertThat(json.writeValueAsBytes(issued.report(id, true))).isEqualTo(figuresJson);
		assertThat(issued.document(id, "docx")).isEqualTo(docx);
		assertThat(issued.document(id, "pdf")).isEqualTo(pdf);
		assertThat(issued.document(id, "xlsx")).isEqualTo(xlsx);
		assertThat(issued.rows(id, "recruitment.hired")).extracting(r -> r.subjectName())
			.containsExactlyInAnyOrder("Lâm Văn Một", "Lâm Văn Hai");
		assertThat(issued.rows(id, "mobility.transfers")).extracting(r -> r.recordId())
			.containsExactly(transfer);

		var changes = comparison.changes(id, true, ReformReport.Progress.NONE)
			.stream()
			.collect(Collectors.toMap(IssuedReportComparison.Change::code, c -> c));
		var hired = changes.get("recruitment.hired");
		assertThat(hired.issued()).isEqualTo(2);
		assertThat(hired.now()).isEqualTo(3);
		assertThat(hired.came()).extracting(r -> r.subjectName()).containsExactly("Lâm Văn Ba");
		assertThat(hired.wentCount()).isZero();
		assertThat(hired.changedCount()).isOne();
		assertThat(hired.changed()).extracting(r -> r.subjectName()).containsExactly("Lâm Văn Hải");
		var transfers = changes.get("mobility.transfers");
		assertThat(transfers.difference()).isEqualTo(-1);
		assertThat(transfers.went()).extracting(r -> r.recordId()).containsExactly(transfer);
		assertThat(changes.get("promotion.candidates").unchanged()).isTrue();

		// over the API, another province's Home Affairs does not find it
		var api = TestHttp.api(port);
		assertThat(api.get("/api/v1/reports/reform/issued/" + id, "Authorization",
				TestHttp.basic("demo.sonoivu", "Demo@2021!")).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/reports/reform/issued/" + id + "/files/docx", "Authorization",
				TestHttp.basic("demo.sonoivu", "Demo@2021!")).statusCode()).isEqualTo(404);
	}

	@Test
	void homeAffairsIssuesOverTheApiAndReadsTheFiguresAsIssued() {
		var api = TestHttp.api(port);
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		long bacLieu = api.unitId("2021-01-01", "95");
		var body = "{\"scopeUnitId\":" + bacLieu + ",\"from\":\"2021-01-01\",\"to\":\"2021-01-31\","
				+ "\"number\":\"%s\",\"issuedOn\":\"2021-02-03\"}";
		var created = api.json("POST", "/api/v1/reports/reform/issued", body.formatted("901/BC-SNV"), "Authorization",
				homeAffairs);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = json.readTree(created.body()).get("id").asLong();
		var figures = json.readTree(api.get("/api/v1/reports/reform/issued/" + id, "Authorization", homeAffairs)
			.body());
		assertThat(figures.get("indicators").size()).isGreaterThan(10);
		assertThat(api.json("POST", "/api/v1/reports/reform/issued", body.formatted("901/BC-SNV"), "Authorization",
				homeAffairs).statusCode()).isEqualTo(409);
		var invalid = api.json("POST", "/api/v1/reports/reform/issued", body.formatted("chín trăm"), "Authorization",
				homeAffairs);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("number");
		assertThat(api.get("/api/v1/reports/reform/issued/" + id + "/files/pdf", "Authorization", homeAffairs)
			.statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/reports/reform/issued/" + id + "/changes", "Authorization", homeAffairs)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void numbersDatesRolesAndScopesAreCheckedBeforeAnythingIsKept() {
		long province = create("BH2", "Tỉnh Kiểm Tra", UnitType.PROVINCE, null);
		signIn(new Caller(952, "ha.bh2", Role.HOME_AFFAIRS, province));
		long before = jdbc.sql("SELECT count(*) FROM reporting.issued_report").query(Long.class).single();
		assertThatThrownBy(() -> issued.issue(province, FROM, TO, "", LocalDate.of(2021, 7, 1),
				ReformReport.Progress.NONE)).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("number"));
		assertThatThrownBy(() -> issued.issue(province, FROM, TO, "báo cáo số 3", LocalDate.of(2021, 7, 1),
				ReformReport.Progress.NONE)).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.messageCode()).isEqualTo("reporting.issued.number.invalid"));
		assertThatThrownBy(() -> issued.issue(province, FROM, TO, "3/BC-UBND", LocalDate.of(2099, 1, 1),
				ReformReport.Progress.NONE)).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.messageCode()).isEqualTo("reporting.issued.date.future"));
		assertThatThrownBy(() -> issued.issue(province, FROM, TO, "3/BC-UBND", LocalDate.of(2020, 12, 31),
				ReformReport.Progress.NONE)).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.messageCode()).isEqualTo("reporting.issued.date.beforePeriod"));
		assertThatThrownBy(() -> issued.issue(province, FROM, TO, "3/BC-UBND", null, ReformReport.Progress.NONE))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("issuedOn"));
		long id = issued.issue(province, FROM, TO, "3/BC-UBND", LocalDate.of(2021, 7, 1), ReformReport.Progress.NONE);
		assertThatThrownBy(() -> issued.issue(province, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30),
				"3/BC-UBND", LocalDate.of(2021, 10, 1), ReformReport.Progress.NONE))
			.as("the same number in the same year").isInstanceOf(ConflictException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM reporting.issued_report").query(Long.class).single())
			.isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT count(*) FROM reporting.issued_figure WHERE report_id NOT IN "
				+ "(SELECT id FROM reporting.issued_report)").query(Long.class).single()).isZero();
		long next = issued.issue(province, FROM, TO, "3/BC-UBND", LocalDate.of(2022, 1, 5), ReformReport.Progress.NONE);
		assertThat(next).as("numbers start again each year").isNotEqualTo(id);

		signIn(new Caller(953, "official.bh2", Role.OFFICIAL, province));
		assertThatThrownBy(() -> issued.issue(province, FROM, TO, "4/BC-UBND", LocalDate.of(2021, 7, 1),
				ReformReport.Progress.NONE)).isInstanceOf(AccessDeniedException.class);
		assertThat(issued.list()).isEmpty();

		vn.congvu.TestCallers.asSystem();
		long elsewhere = create("BH3", "Tỉnh Khác", UnitType.PROVINCE, null);
		signIn(new Caller(954, "ha.bh3", Role.HOME_AFFAIRS, elsewhere));
		assertThat(issued.list()).extracting(IssuedReports.Issued::id).doesNotContain(id, next);
		assertThatThrownBy(() -> issued.report(id, true)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> issued.issue(province, FROM, TO, "5/BC-UBND", LocalDate.of(2021, 7, 1),
				ReformReport.Progress.NONE)).isInstanceOf(NotFoundException.class);
	}

}
