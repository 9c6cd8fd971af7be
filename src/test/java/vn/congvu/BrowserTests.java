package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/** The pages in a real browser (Debian's Chromium) on the running application. */
class BrowserTests extends BrowserTestBase {

	@ParameterizedTest
	@CsvSource({ "demo.quantri, Quản trị hệ thống", "demo.sonoivu, Sở Nội vụ", "demo.nhansu, Cán bộ tổ chức đơn vị",
			"demo.lanhdao, Lãnh đạo", "demo.congchuc, 'Cán bộ, công chức, viên chức'" })
	void eachDemoRoleSignsInAndOut(String username, String roleLabel) throws Exception {
		signIn(username, "Demo@2021!");
		assertThat(browser.findElement(By.id("current-user")).getText()).contains(roleLabel);
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
		screenshot("home-" + username);
		clickAndWait(By.id("logout"));
		assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
	}

	@Test
	void wrongPasswordShowsOneMessage() {
		signIn("demo.lanhdao", "not-the-password");
		assertThat(browser.findElement(By.id("login-error")).getText()).contains("Đăng nhập không thành công");
	}

	@Test
	void switchesBetweenVietnameseAndEnglish() throws Exception {
		signIn("demo.lanhdao", "Demo@2021!");
		open("/units");
		assertThat(browser.findElement(By.id("tree-heading")).getText()).startsWith("Cơ cấu tổ chức ngày");
		clickAndWait(By.id("lang-en"));
		assertThat(browser.findElement(By.id("tree-heading")).getText()).startsWith("Organisation on");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		open("/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("CôngVụ");
		assertThat(browser.getPageSource()).contains("agencies and units active on");
		screenshot("home-english");
		clickAndWait(By.id("lang-vi"));
		assertThat(browser.getPageSource()).contains("cơ quan, đơn vị đang hoạt động ngày");
	}

	@Test
	void browsesTheTreeAsOfAPastDate() throws Exception {
		signIn("demo.lanhdao", "Demo@2021!");
		open("/units");
		assertThat(unitNames()).doesNotContain("Huyện Hồng Dân").contains("Phường Bạc Liêu");
		var asOf = browser.findElement(By.id("asOf"));
		asOf.clear();
		asOf.sendKeys("30/06/2021");
		clickAndWait(By.id("as-of-submit"));
		assertThat(browser.findElement(By.id("tree-heading")).getText()).contains("30/06/2021");
		assertThat(unitNames()).contains("Tỉnh Bạc Liêu", "Huyện Hồng Dân", "Thị trấn Ngan Dừa", "Phường Nhà Mát")
			.doesNotContain("Phường Bạc Liêu");
		screenshot("tree-2021");
		clickAndWait(By.linkText("Phường Nhà Mát"));
		assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo("Phường Nhà Mát");
		assertThat(browser.findElement(By.id("history")).getText()).contains("1655/NQ-UBTVQH15")
			.contains("Phường Hiệp Thành").contains("01/07/2025");
		screenshot("unit-history");
	}

	@Test
	void aMistypedDateIsExplainedNotFailed() {
		signIn("demo.lanhdao", "Demo@2021!");
		open("/units");
		var asOf = browser.findElement(By.id("asOf"));
		asOf.clear();
		asOf.sendKeys("31/02/2021");
		clickAndWait(By.id("as-of-submit"));
		assertThat(browser.findElement(By.cssSelector(".invalid-feedback")).getText()).contains("Ngày không hợp lệ");
		assertThat(browser.findElement(By.id("asOf")).getDomProperty("value")).isEqualTo("31/02/2021");
	}

	@Test
	void unitHrCannotReachRestructuring() throws Exception {
		signIn("demo.nhansu", "Demo@2021!");
		assertThat(browser.findElements(By.cssSelector("a[href='/units/restructure']"))).as("not even in a closed menu")
			.isEmpty();
		open("/units/restructure/merge");
		assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("Không có quyền");
		screenshot("forbidden");
		open("/khong-co-trang-nay");
		assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("Không tìm thấy");
		assertThat(browser.getPageSource()).doesNotContain("Exception");
	}

	/**
	 * A merger's sources are found by typing part of a name without accents: only the units that match stay in the
	 * list, each named with its parent (two wards' health stations are told apart), several can be picked, and they
	 * stay picked when the form comes back with a mistake.
	 */
	@Test
	void homeAffairsFindsAMergersSourcesBySearching() throws Exception {
		signIn("demo.sonoivu", "Demo@2021!");
		open("/units/restructure/merge");
		var all = browser.findElements(By.cssSelector("#sourceIds option")).size();
		browser.findElement(By.id("sourceIds-search")).sendKeys("tram y te phuong 1");
		var shown = browser.findElements(By.cssSelector("#sourceIds option:not([hidden])"));
		var texts = shown.stream().map(o -> o.getText().strip()).toList();
		// two wards' stations of the same name, told apart by their parents
		assertThat(texts).containsExactlyInAnyOrder("Trạm Y tế phường 1 — Phường Bạc Liêu",
				"Trạm Y tế phường 1 — Phường Giá Rai");
		assertThat(all).isGreaterThan(100);
		var sources = new Select(browser.findElement(By.id("sourceIds")));
		sources.selectByValue(shown.get(0).getDomAttribute("value"));
		sources.selectByValue(shown.get(1).getDomAttribute("value"));
		assertThat(browser.findElement(By.id("sourceIds")).getDomProperty("size")).as("the list stays open").isEqualTo("10");
		clickAndWait(By.id("restructure-submit"));
		// no date and no name: the form comes back, the two sources still picked
		assertThat(browser.findElements(By.cssSelector(".invalid-feedback")).stream().anyMatch(WebElement::isDisplayed))
			.isTrue();
		assertThat(new Select(browser.findElement(By.id("sourceIds"))).getAllSelectedOptions()
			.stream()
			.map(o -> o.getText().strip())
			.toList()).containsExactly(texts.get(0), texts.get(1));
	}

	@Test
	void homeAffairsCreatesAUnitAndFixesAMistakeOnTheForm() throws Exception {
		signIn("demo.sonoivu", "Demo@2021!");
		open("/units/restructure");
		clickAndWait(By.id("op-create"));
		browser.findElement(By.id("name")).sendKeys("Trung tâm Kiểm thử Trình duyệt");
		new Select(browser.findElement(By.id("type"))).selectByValue("PUBLIC_SERVICE_UNIT");
		pickUnit("parentId", "so noi vu", "Sở Nội vụ");
		browser.findElement(By.id("decisionNumber")).sendKeys("99/QĐ-UBND");
		browser.findElement(By.id("decisionDate")).sendKeys("32/13/2026");
		browser.findElement(By.id("decisionIssuer")).sendKeys("UBND tỉnh Cà Mau");
		clickAndWait(By.id("restructure-submit"));
		assertThat(browser.findElement(By.cssSelector("#decisionDate ~ .invalid-feedback")).getText())
			.contains("Ngày không hợp lệ");
		assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Trung tâm Kiểm thử Trình duyệt");
		screenshot("restructure-error");
		var date = browser.findElement(By.id("decisionDate"));
		date.clear();
		date.sendKeys("20/11/2026");
		clickAndWait(By.id("restructure-submit"));
		assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo("Trung tâm Kiểm thử Trình duyệt");
		assertThat(browser.findElement(By.id("flash-done")).getText()).isEqualTo("Đã thành lập đơn vị.");
		assertThat(browser.findElement(By.id("history")).getText()).contains("99/QĐ-UBND").contains("20/11/2026");
		screenshot("restructure-done");
	}

	@Test
	void keyboardReachesTheSignInForm() {
		open("/login");
		var active = browser.switchTo().activeElement();
		assertThat(active.getDomAttribute("id")).isEqualTo("username");
		assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Tên đăng nhập");
	}

	private List<String> unitNames() {
		return browser.findElements(By.cssSelector("#unit-tree a.unit-link")).stream().map(WebElement::getText).toList();
	}


	@Test
	void operatorCreatesAndDisablesAnAccountThenFindsItInTheAuditLog() throws Exception {
		signIn("demo.quantri", "Demo@2021!");
		open("/admin/accounts");
		browser.findElement(By.id("username")).sendKeys("nguyen.van.an");
		browser.findElement(By.id("displayName")).sendKeys("Nguyễn Văn An");
		browser.findElement(By.id("password")).sendKeys("short");
		new Select(browser.findElement(By.id("role"))).selectByValue("UNIT_HR");
		pickUnit("scopeUnitId", "phuong bac lieu", "Phường Bạc Liêu");
		clickAndWait(By.id("account-create-submit"));
		assertThat(browser.findElement(By.cssSelector("#password ~ .invalid-feedback")).getText())
			.contains("ít nhất 12 ký tự");
		assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo("nguyen.van.an");
		browser.findElement(By.id("password")).sendKeys("Mat-khau-2026");
		clickAndWait(By.id("account-create-submit"));
		assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo("nguyen.van.an");
		assertThat(browser.findElement(By.id("account-state")).getText()).isEqualTo("Đang hoạt động");
		clickAndWait(By.id("disable"));
		assertThat(browser.findElement(By.id("account-state")).getText()).isEqualTo("Đã vô hiệu hóa");
		screenshot("account-disabled");
		// the list of accounts is the API's, in its order, each with its state
		var operator = TestHttp.basic("demo.quantri", "Demo@2021!");
		var accounts = json.readTree(TestHttp.api(port).get("/api/v1/accounts", "Authorization", operator).body());
		open("/admin/accounts");
		var accountRows = browser.findElements(By.cssSelector("#accounts tbody tr"));
		assertThat(accountRows).hasSize(accounts.size());
		for (int i = 0; i < accountRows.size(); i++) {
			var cells = accountRows.get(i).findElements(By.tagName("td"));
			assertThat(cells.get(0).getText()).isEqualTo(accounts.get(i).get("username").asString());
			assertThat(cells.get(1).getText()).isEqualTo(accounts.get(i).get("displayName").asString());
		}
		assertThat(browser.findElement(By.xpath("//tr[td/a[text()='nguyen.van.an']]")).getText()).contains("Đã vô hiệu hóa");
		open("/audit?entity=Account&actor=demo.quantri");
		// the log's rows are the API's for the same filter, newest first
		var entries = json.readTree(TestHttp.api(port)
			.get("/api/v1/audit?entity=Account&actor=demo.quantri&size=50", "Authorization", operator)
			.body()).get("entries");
		var auditRows = browser.findElements(By.cssSelector("#audit-table tbody tr"));
		assertThat(auditRows).hasSize(entries.size()).isNotEmpty();
		for (int i = 0; i < auditRows.size(); i++) {
			var cells = auditRows.get(i).findElements(By.tagName("td"));
			assertThat(cells.get(1).getText()).isEqualTo(entries.get(i).get("actor").asString());
			assertThat(cells.get(4).getText()).isEqualTo(entries.get(i).get("entityId").asString());
		}
		// what changed, in words: no JSON, no class names, no password
		assertThat(browser.findElement(By.id("audit-table")).getText()).contains("Thêm mới").contains("Sửa")
			.contains("Tên đăng nhập: nguyen.van.an").contains("Đang hoạt động: có → không")
			.doesNotContain("Mat-khau-2026").doesNotContain("{\"").doesNotContain("vn.congvu");
		// a period that ends before it starts is said on its end, in those words
		open("/audit?from=10/12/2026&to=01/12/2026");
		assertThat(browser.findElement(By.cssSelector("#to + .invalid-feedback")).getText())
			.isEqualTo("Ngày cuối kỳ không được trước ngày đầu kỳ.");
		screenshot("audit");
	}


	@Test
	void searchWithoutAccentsFindsTheRecordAndItsTimeline() throws Exception {
		var api = TestHttp.api(port);
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var units = api.get("/api/v1/units?asOf=2020-01-01", "Authorization", homeAffairs).body();
		var matcher = java.util.regex.Pattern.compile("\"id\":(\\d+),\"code\":\"31816\"").matcher(units);
		assertThat(matcher.find()).isTrue();
		var enrolled = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"095183002020\",\"fullName\":\"Huỳnh Thị Ngọc Ánh\","
				+ "\"dateOfBirth\":\"1983-02-02\",\"sex\":\"FEMALE\",\"ethnicGroup\":\"01\",\"unitId\":" + matcher.group(1)
				+ ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":\"01.003\",\"startDate\":\"2015-03-01\","
				+ "\"decision\":{\"number\":\"21/QĐ-UBND\",\"date\":\"2015-02-20\",\"issuer\":\"UBND thành phố Bạc Liêu\"}}",
				"Authorization", homeAffairs);
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		signIn("demo.sonoivu", "Demo@2021!");
		open("/officials");
		browser.findElement(By.id("q")).sendKeys("huynh thi ngoc anh");
		var asOf = browser.findElement(By.id("asOf"));
		asOf.clear();
		asOf.sendKeys("30/06/2021");
		clickAndWait(By.id("official-search-submit"));
		assertThat(browser.findElement(By.id("official-count")).getText()).isEqualTo("Tìm thấy 1 người.");
		screenshot("officials-search");
		clickAndWait(By.linkText("Huỳnh Thị Ngọc Ánh"));
		assertThat(browser.findElement(By.id("official-name")).getText()).isEqualTo("Huỳnh Thị Ngọc Ánh");
		clickAndWait(By.id("tab-career"));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("01/03/2015").contains("Tuyển dụng")
			.contains("21/QĐ-UBND");
		assertThat(browser.findElement(By.id("retirement-date")).getText()).isEqualTo("01/03/2043 (tuổi nghỉ hưu 60 tuổi)");
		screenshot("official-record");
		open("/officials/due?list=salary-step&months=6");
		assertThat(browser.findElement(By.id("tab-salary-step")).getText()).isEqualTo("Đến hạn nâng bậc lương");
		assertThat(browser.findElement(By.id("download")).getDomAttribute("href")).contains("due.xlsx?list=salary-step&months=6");
		screenshot("due-lists");
	}

	@Test
	void hrEditsTheFamilyTabFixingAMistakeAndAConcurrentSaveKeepsWhatWasTyped() throws Exception {
		long official = enrolInWard("095190003030", "Lâm Thị Kim Yến", "1990-06-06", "FEMALE");
		signIn("demo.nhansu", "Demo@2021!");
		open("/officials/" + official + "?tab=family");
		assertThat(browser.findElement(By.id("tab-family")).getDomAttribute("class")).contains("active");
		clickAndWait(By.id("edit-family"));
		browser.findElement(By.id("family0.relation")).sendKeys("Mẹ");
		browser.findElement(By.id("family0.fullName")).sendKeys("Trương Thị Hoa");
		browser.findElement(By.id("family0.birthYear")).sendKeys("196x");
		clickAndWait(By.id("record-submit"));
		var yearField = browser.findElement(By.id("family0.birthYear"));
		assertThat(yearField.getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.findElement(By.id("family-rows")).getText()).contains("Năm gồm 4 chữ số.");
		assertThat(browser.findElement(By.id("family0.fullName")).getDomProperty("value")).isEqualTo("Trương Thị Hoa");
		screenshot("record-family-error");
		yearField.clear();
		yearField.sendKeys("1965");
		clickAndWait(By.id("record-submit"));
		assertThat(browser.findElement(By.id("flash-done")).getText()).isEqualTo("Đã lưu hồ sơ.");
		assertThat(browser.findElement(By.id("family-members")).getText()).contains("Mẹ").contains("Trương Thị Hoa")
			.contains("1965");

		open("/officials/" + official + "/edit/personal");
		var phone = browser.findElement(By.id("phone"));
		phone.sendKeys("0291 3822 111");
		// someone else saves the record meanwhile
		var api = TestHttp.api(port);
		var meanwhile = api.json("PUT", "/api/v1/officials/" + official, "{\"version\":1,\"qualifications\":{\"professionalLevel\":\"DH\"}}",
				"Authorization", TestHttp.basic("demo.sonoivu", "Demo@2021!"));
		assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
		clickAndWait(By.id("record-submit"));
		assertThat(browser.findElement(By.id("form-errors")).getText()).contains("Người khác vừa lưu hồ sơ này");
		assertThat(browser.findElement(By.id("phone")).getDomProperty("value")).isEqualTo("0291 3822 111");
		screenshot("record-conflict");
		clickAndWait(By.id("record-submit"));
		assertThat(browser.findElement(By.id("phone")).getText()).isEqualTo("0291 3822 111");
		open("/officials/" + official + "?tab=education");
		assertThat(browser.findElement(By.id("professional-level")).getText()).isEqualTo("Đại học");
		open("/officials/" + official + "?tab=salary");
		assertThat(browser.findElement(By.id("salary-history")).getText()).contains("01/09/2025").contains("01.003")
			.contains("A1").contains("2,34");
	}

	@Test
	void anOfficialAsksForACorrectionAndHrApprovesIt() throws Exception {
		long official = enrolInWard("095088004040", "Sơn Văn Thái", "1988-08-08", "MALE");
		var api = TestHttp.api(port);
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var units = api.get("/api/v1/units?asOf=2026-01-01", "Authorization", homeAffairs).body();
		var ward = java.util.regex.Pattern.compile("\"id\":(\\d+),\"code\":\"31825\"").matcher(units);
		assertThat(ward.find()).isTrue();
		assertThat(api.json("POST", "/api/v1/accounts", "{\"username\":\"son.thai\",\"displayName\":\"Sơn Văn Thái\","
				+ "\"password\":\"Thai@2025pass\",\"role\":\"OFFICIAL\",\"scopeUnitId\":" + ward.group(1) + "}",
				"Authorization", homeAffairs).statusCode()).isEqualTo(201);
		assertThat(api.json("PUT", "/api/v1/officials/" + official + "/account", "{\"username\":\"son.thai\",\"version\":0}",
				"Authorization", homeAffairs).statusCode()).isEqualTo(200);

		signIn("son.thai", "Thai@2025pass");
		clickAndWait(By.id("nav-me"));
		assertThat(browser.findElement(By.id("official-name")).getText()).isEqualTo("Sơn Văn Thái");
		assertThat(browser.findElements(By.id("edit-personal"))).isEmpty();
		clickAndWait(By.id("own-corrections"));
		new Select(browser.findElement(By.id("field"))).selectByValue("ETHNIC_GROUP");
		// a field that takes a code offers its list, never a box to type in
		assertThat(browser.findElement(By.id("proposedValue")).isDisplayed()).isFalse();
		new Select(browser.findElement(By.id("proposedValue-ETHNIC_GROUP"))).selectByVisibleText("Khơ-me");
		clickAndWait(By.id("correction-submit"));
		assertThat(browser.findElement(By.id("form-errors")).getText()).isEqualTo("Cần nhập thông tin này.");
		assertThat(new Select(browser.findElement(By.id("proposedValue-ETHNIC_GROUP"))).getFirstSelectedOption()
			.getText()).as("the choice stays after an error").isEqualTo("Khơ-me");
		browser.findElement(By.id("reason")).sendKeys("Theo căn cước công dân");
		// the evidence goes with the request
		var scan = java.nio.file.Files.createTempFile("can-cuoc", ".pdf");
		java.nio.file.Files.writeString(scan, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
		browser.findElement(By.id("evidence")).sendKeys(scan.toString());
		clickAndWait(By.id("correction-submit"));
		java.nio.file.Files.delete(scan);
		assertThat(browser.findElement(By.id("my-requests")).getText()).contains("Dân tộc (mã)").contains("Chờ xử lý")
			.contains(scan.getFileName().toString());
		screenshot("my-corrections");
		signOut();

		signIn("demo.nhansu", "Demo@2021!");
		open("/corrections");
		var row = browser.findElement(By.xpath("//tr[td/a[text()='Sơn Văn Thái']]"));
		var evidence = row.findElement(By.className("evidence-link"));
		assertThat(evidence.getText()).isEqualTo(scan.getFileName().toString());
		var file = TestHttp.api(port)
			.get(evidence.getDomAttribute("href").replace("/officials/", "/api/v1/officials/"), "Authorization",
					TestHttp.basic("demo.nhansu", "Demo@2021!"));
		assertThat(file.body()).as("HR opens the evidence").startsWith("%PDF");
		row.findElement(By.name("note")).sendKeys("Đã đối chiếu");
		clickAndWait(By.xpath("//tr[td/a[text()='Sơn Văn Thái']]//button[@value='true']"));
		assertThat(browser.findElement(By.id("flash-done")).getText()).isEqualTo("Đã duyệt và cập nhật hồ sơ.");
		open("/officials/" + official);
		assertThat(browser.findElement(By.id("ethnic-group")).getText()).isEqualTo("Khơ-me");
	}

	@Test
	void anHrOfficerSeesTheirOwnRecordWithoutTheStepsThatAreSomebodyElses() throws Exception {
		long official = enrolInWard("095185004141", "Lâm Thị Tuyết", "1985-05-05", "FEMALE");
		var api = TestHttp.api(port);
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		long ward = api.unitId("2026-01-01", "31825");
		assertThat(api.json("POST", "/api/v1/accounts", "{\"username\":\"tuyet.lam\",\"displayName\":\"Lâm Thị "
				+ "Tuyết\",\"password\":\"Tuyet@2025pass\",\"role\":\"UNIT_HR\",\"scopeUnitId\":" + ward + "}",
				"Authorization", homeAffairs).statusCode()).isEqualTo(201);
		assertThat(api.json("PUT", "/api/v1/officials/" + official + "/account", "{\"username\":\"tuyet.lam\","
				+ "\"version\":0}", "Authorization", homeAffairs).statusCode()).isEqualTo(200);

		signIn("tuyet.lam", "Tuyet@2025pass");
		open("/officials/" + official);
		assertThat(browser.findElement(By.id("official-name")).getText()).isEqualTo("Lâm Thị Tuyết");
		assertThat(browser.findElement(By.id("own-record-desk")).getText()).contains("do người khác có thẩm quyền");
		assertThat(browser.findElements(By.id("edit-personal"))).isEmpty();
		assertThat(browser.findElements(By.id("account-link"))).isEmpty();
		open("/officials/" + official + "?tab=career");
		assertThat(browser.findElements(By.id("edit-history"))).isEmpty();
		screenshot("own-record-at-the-desk");
		signOut();

		// the same page, for a colleague of the same ward, offers them
		signIn("demo.nhansu", "Demo@2021!");
		open("/officials/" + official);
		assertThat(browser.findElements(By.id("own-record-desk"))).isEmpty();
		assertThat(browser.findElements(By.id("edit-personal"))).hasSize(1);
	}

	@Test
	void anImportWithErrorsShowsThemAndAFixedFileGoesIn() throws Exception {
		var api = TestHttp.api(port);
		var units = api.get("/api/v1/units?asOf=2026-01-01", "Authorization", TestHttp.basic("demo.sonoivu", "Demo@2021!"))
			.body();
		var ward = java.util.regex.Pattern.compile("\"id\":(\\d+),\"code\":\"31825\"").matcher(units);
		assertThat(ward.find()).isTrue();
		var header = "Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,\"Mã ngạch, chức danh\","
				+ "Ngày bắt đầu,Số quyết định,Ngày quyết định,Cơ quan ban hành\n";
		var good = "095191300001,Phan Thị Thu Trang,02/02/1991,Nữ,Kinh," + ward.group(1)
				+ ",Công chức,01.003,01/10/2025,20/QĐ-UBND,25/09/2025,UBND phường Bạc Liêu\n";
		var bad = "095091300002,Phan Văn Sai,30/02/1991,Nam,Kinh," + ward.group(1)
				+ ",Công chức,01.003,01/10/2025,,25/09/2025,UBND phường Bạc Liêu\n";
		var file = Files.createTempFile("nhap-ho-so", ".csv");
		try {
			Files.writeString(file, header + good + bad);
			signIn("demo.nhansu", "Demo@2021!");
			clickAndWait(By.id("nav-import"));
			assertThat(browser.findElement(By.id("template-download")).getDomAttribute("href"))
				.endsWith("/officials/import/template.xlsx");
			browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			clickAndWait(By.id("import-submit"));
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "FAILED"
				.equals(d.findElement(By.id("import-status")).getDomAttribute("data-status")));
			var errors = browser.findElement(By.id("import-errors")).getText();
			assertThat(errors).contains("3 Ngày sinh Ngày \"30/02/1991\" không hợp lệ")
				.contains("3 Số quyết định Ô này bắt buộc.");
			assertThat(browser.findElement(By.id("import-failed")).getText()).contains("Không ghi gì").contains("2 lỗi");
			// the rows at fault are the API's for the same job, cell for cell
			var jobId = browser.getCurrentUrl().replaceAll(".*/officials/import/([0-9a-f-]+).*", "$1");
			var job = json.readTree(api.get("/api/v1/imports/" + jobId, "Authorization",
					TestHttp.basic("demo.nhansu", "Demo@2021!"), "Accept-Language", "vi").body());
			assertThat(job.get("status").asString()).isEqualTo("FAILED");
			var shownErrors = browser.findElements(By.cssSelector("#import-errors tbody tr"));
			assertThat(shownErrors).hasSize(job.get("errors").size());
			for (int i = 0; i < shownErrors.size(); i++) {
				var cells = shownErrors.get(i).findElements(By.tagName("td"));
				var error = job.get("errors").get(i);
				assertThat(cells.get(0).getText()).isEqualTo(error.get("row").asInt() == 0 ? "" : error.get("row").asString());
				assertThat(cells.get(1).getText()).isEqualTo(error.get("column").isNull() ? "" : error.get("column").asString());
				assertThat(cells.get(2).getText()).isEqualTo(error.get("message").asString());
			}
			screenshot("import-errors");

			Files.writeString(file, header + good + bad.replace("30/02/1991", "28/02/1991").replace(",,", ",21/QĐ-UBND,"));
			open("/officials/import");
			browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			clickAndWait(By.id("import-submit"));
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "SUCCEEDED"
				.equals(d.findElement(By.id("import-status")).getDomAttribute("data-status")));
			assertThat(browser.findElement(By.id("import-counts")).getText()).startsWith("Đã thêm 2 hồ sơ");
			var done = json.readTree(api.get("/api/v1/imports/" + browser.getCurrentUrl()
				.replaceAll(".*/officials/import/([0-9a-f-]+).*", "$1"), "Authorization",
					TestHttp.basic("demo.nhansu", "Demo@2021!")).body());
			assertThat(done.get("created").asInt()).isEqualTo(2);
			screenshot("import-done");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void homeAffairsApprovesASchemeAndTheProvinceShareRises() throws Exception {
		// a centre of the demo ward with one official placed in a position, and its first scheme submitted by the
		// ward's HR: until it is approved, the centre is an agency without an approved scheme
		var api = TestHttp.api(port);
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var ward = String.valueOf(demoWard(api));
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Trung tâm Dịch vụ công Phường\",\"type\":"
				+ "\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + ward + ",\"effectiveDate\":\"2025-07-01\","
				+ "\"decision\":{\"number\":\"21/QĐ-UBND\",\"date\":\"2025-06-25\",\"issuer\":\"UBND tỉnh Cà Mau\"}}",
				"Authorization", homeAffairs);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long centre = id(created.body());
		var enrolled = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"096186770001\",\"fullName\":"
				+ "\"Quách Thị Diễm My\",\"dateOfBirth\":\"1986-02-03\",\"sex\":\"FEMALE\",\"ethnicGroup\":\"04\","
				+ "\"unitId\":" + centre + ",\"category\":\"PUBLIC_EMPLOYEE\",\"rankCode\":\"01.003\",\"salaryStep\":2,"
				+ "\"startDate\":\"2025-08-01\",\"decision\":{\"number\":\"30/QĐ-UBND\",\"date\":\"2025-07-28\","
				+ "\"issuer\":\"UBND phường Bạc Liêu\"}}", "Authorization", hr);
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		long official = id(enrolled.body());
		var placed = api.json("POST", "/api/v1/officials/" + official + "/actions", "{\"kind\":\"POSITION_ASSIGNMENT\","
				+ "\"effectiveDate\":\"2025-08-02\",\"positionCode\":\"TN01\",\"decision\":{\"number\":\"31/QĐ-UBND\","
				+ "\"date\":\"2025-08-01\",\"issuer\":\"UBND phường Bạc Liêu\"}}", "Authorization", hr);
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		var draft = api.json("POST", "/api/v1/units/" + centre + "/position-schemes", "{\"title\":\"Đề án vị trí việc làm"
				+ " Trung tâm\",\"appliesFrom\":\"2025-07-01\",\"positions\":[{\"code\":\"TN01\",\"name\":"
				+ "\"Viên chức tiếp nhận hồ sơ\",\"group\":\"PROFESSIONAL\",\"rankCode\":\"01.003\",\"headcount\":2,"
				+ "\"jobDescription\":\"Tiếp nhận, trả kết quả\",\"competencyFramework\":\"Giao tiếp; nghiệp vụ\"}]}",
				"Authorization", hr);
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		long scheme = id(draft.body());
		assertThat(api.json("POST", "/api/v1/position-schemes/" + scheme + "/submit", "{\"version\":0}",
				"Authorization", hr).statusCode()).isEqualTo(200);

		signIn("demo.sonoivu", "Demo@2021!");
		clickAndWait(By.id("nav-staffing"));
		var before = browser.findElement(By.id("compliant-count")).getText();
		var share = browser.findElement(By.id("compliant-share")).getText();
		var row = By.cssSelector("#compliance-table tr[data-unit='" + centre + "']");
		assertThat(browser.findElement(row).getText()).contains("Chưa có đề án").contains("Chưa đúng");

		// drill into the centre's violation, and from it to the person it names
		clickAndWait(By.cssSelector("#compliance-table tr[data-unit='" + centre + "'] td:first-child a"));
		var violation = browser.findElement(By.cssSelector("#violations [data-rule='NO_APPROVED_SCHEME']"));
		assertThat(violation.getText()).contains("Chưa có đề án được phê duyệt").contains("Quách Thị Diễm My");
		clickAndWait(By.cssSelector("#violations [data-rule='NO_APPROVED_SCHEME'] a.official-link"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Quách Thị Diễm My");

		// the scheme the ward submitted, approved under a decision
		open("/units/" + centre + "/position-schemes");
		clickAndWait(By.xpath("//table[@id='versions']//tr[td[normalize-space()='Đã trình']]//a"));
		assertThat(browser.findElement(By.id("scheme-status")).getText()).isEqualTo("Đã trình");
		browser.findElement(By.id("decisionNumber")).sendKeys("2468/QĐ-UBND");
		browser.findElement(By.id("decisionDate")).sendKeys("15/09/2025");
		browser.findElement(By.id("decisionIssuer")).sendKeys("UBND tỉnh Cà Mau");
		browser.findElement(By.id("signer")).sendKeys("Lê Văn Sử");
		clickAndWait(By.id("approve-scheme"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("phê duyệt");
		assertThat(browser.findElement(By.id("scheme-status")).getText()).isEqualTo("Đã phê duyệt");
		assertThat(browser.findElement(By.id("scheme-decision")).getText()).contains("2468/QĐ-UBND");

		clickAndWait(By.id("nav-staffing"));
		var after = browser.findElement(By.id("compliant-count")).getText();
		assertThat(Integer.parseInt(after.split("/")[0])).isEqualTo(Integer.parseInt(before.split("/")[0]) + 1);
		assertThat(after.split("/")[1]).isEqualTo(before.split("/")[1]);
		assertThat(browser.findElement(By.id("compliant-share")).getText()).isNotEqualTo(share);
		assertThat(browser.findElement(row).getText()).contains("Đúng quy định");
	}

	@Test
	void unitHrDraftsASchemeRowByRowAndSubmitsIt() throws Exception {
		var api = TestHttp.api(port);
		var ward = String.valueOf(demoWard(api));
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Trung tâm Văn hóa Phường\",\"type\":"
				+ "\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + ward + ",\"effectiveDate\":\"2025-07-01\","
				+ "\"decision\":{\"number\":\"22/QĐ-UBND\",\"date\":\"2025-06-25\",\"issuer\":\"UBND tỉnh Cà Mau\"}}",
				"Authorization", TestHttp.basic("demo.sonoivu", "Demo@2021!"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long centre = id(created.body());

		signIn("demo.nhansu", "Demo@2021!");
		open("/units/" + centre + "/position-schemes");
		clickAndWait(By.id("start-scheme"));
		browser.findElement(By.id("positions0.code")).sendKeys("VH01");
		browser.findElement(By.id("positions0.name")).sendKeys("Viên chức tổ chức hoạt động văn hóa");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("positions0.group")))
			.selectByValue("PROFESSIONAL");
		// the rank is chosen from the ranks in force, each with its name
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("positions0.rankCode"))).selectByValue("01.003");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("positions0.rankCode")))
			.getFirstSelectedOption().getText()).isEqualTo("01.003 Chuyên viên");
		browser.findElement(By.id("positions0.headcount")).sendKeys("0");
		clickAndWait(By.id("save-scheme"));
		// the row's mistake is shown on the row, and nothing is saved
		var headcount = browser.findElement(By.id("positions0.headcount"));
		assertThat(headcount.getAttribute("class")).contains("is-invalid");
		assertThat(browser.findElement(By.id("scheme-form")).getText()).contains("từ 1 đến 100.000");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("positions0.rankCode")))
			.getFirstSelectedOption().getDomAttribute("value")).as("the choice stays").isEqualTo("01.003");
		headcount.clear();
		headcount.sendKeys("3");
		browser.findElement(By.id("positions0.jobDescription")).sendKeys("Tổ chức các hoạt động văn hóa, thể thao");
		browser.findElement(By.id("positions0.competencyFramework")).sendKeys("Năng lực chung; năng lực chuyên môn");
		clickAndWait(By.id("save-scheme"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("Đã lưu");
		assertThat(browser.findElement(By.id("positions")).getText()).contains("VH01", "Viên chức tổ chức hoạt động văn hóa");
		clickAndWait(By.id("submit-scheme"));
		assertThat(browser.findElement(By.id("scheme-status")).getText()).isEqualTo("Đã trình");
		assertThat(browser.findElements(By.id("approve-scheme"))).as("the unit does not approve its own").isEmpty();
	}

	@Test
	void unitHrRunsASmallDriveFromItsAnnouncementToTheDecision() throws Exception {
		var api = TestHttp.api(port);
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Trung tâm Y tế Phường\",\"type\":"
				+ "\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + demoWard(api) + ",\"effectiveDate\":\"2025-07-01\","
				+ "\"decision\":{\"number\":\"23/QĐ-UBND\",\"date\":\"2025-06-25\",\"issuer\":\"UBND tỉnh Cà Mau\"}}",
				"Authorization", homeAffairs);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long centre = id(created.body());
		var draft = api.json("POST", "/api/v1/units/" + centre + "/position-schemes", "{\"title\":\"Đề án\","
				+ "\"appliesFrom\":\"2025-07-01\",\"positions\":[{\"code\":\"TD01\",\"name\":\"Chuyên viên tổng hợp\","
				+ "\"group\":\"PROFESSIONAL\",\"rankCode\":\"01.003\",\"headcount\":2,\"jobDescription\":\"Tổng hợp\","
				+ "\"competencyFramework\":\"Chung\"}]}", "Authorization", hr);
		long scheme = id(draft.body());
		assertThat(api.json("POST", "/api/v1/position-schemes/" + scheme + "/submit", "{\"version\":0}",
				"Authorization", hr).statusCode()).isEqualTo(200);
		assertThat(api.json("POST", "/api/v1/position-schemes/" + scheme + "/approve", "{\"decision\":{\"number\":"
				+ "\"24/QĐ-UBND\",\"date\":\"2025-07-05\",\"issuer\":\"UBND tỉnh\"},\"signer\":\"Chủ tịch\","
				+ "\"version\":1}", "Authorization", homeAffairs).statusCode()).isEqualTo(200);
		var today = vn.congvu.shared.web.Formats.DATE.format(java.time.LocalDate.now(clock));

		signIn("demo.nhansu", "Demo@2021!");
		clickAndWait(By.id("nav-recruitment"));
		browser.findElement(By.id("title")).sendKeys("Tuyển dụng công chức Trung tâm Y tế");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("authorityUnitId")))
			.selectByValue(String.valueOf(centre));
		browser.findElement(By.id("applicationsUntil")).sendKeys(today);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("positionUnit0")))
			.selectByValue(String.valueOf(centre));
		browser.findElement(By.id("positionCode0")).sendKeys("TD01");
		browser.findElement(By.id("quota0")).sendKeys("1");
		clickAndWait(By.id("announce"));
		assertThat(browser.findElements(By.id("step-error"))).as(() -> browser.findElement(By.tagName("body")).getText())
			.isEmpty();
		assertThat(browser.findElement(By.id("drive-status")).getText()).isEqualTo("Đang nhận hồ sơ");

		var applicants = new String[][] { { "Danh Thị Sa Quang", "096193771201" }, { "Kim Thị Chanh", "096194771202" } };
		for (var applicant : applicants) {
			browser.findElement(By.id("fullName")).sendKeys(applicant[0]);
			browser.findElement(By.id("citizenId")).sendKeys(applicant[1]);
			browser.findElement(By.id("dateOfBirth")).sendKeys("0" + applicant[1].charAt(5) + "/03/199" + applicant[1].charAt(5));
			browser.findElement(By.id("major")).sendKeys("Hành chính");
			clickAndWait(By.id("apply"));
			assertThat(browser.findElement(By.id("done")).getText()).contains("Đã nhận hồ sơ");
		}
		assertThat(browser.findElement(By.id("applications")).getText()).contains("Danh Thị Sa Quang", "Kim Thị Chanh",
				"Đủ điều kiện");
		clickAndWait(By.id("close-drive"));
		// marks are entered against exam codes, without names
		var marks = browser.findElements(By.cssSelector("#marks-form input[id^='written-']"));
		assertThat(marks).hasSize(2);
		assertThat(browser.findElement(By.id("marks-form")).getText()).doesNotContain("Danh Thị Sa Quang");
		marks.get(0).sendKeys("82");
		marks.get(1).sendKeys("64,5");
		clickAndWait(By.id("save-marks"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("Đã lưu điểm");
		clickAndWait(By.id("publish"));
		assertThat(browser.findElement(By.id("drive-status")).getText()).isEqualTo("Đã công bố kết quả");
		assertThat(browser.findElement(By.id("applications")).getText()).contains("Trúng tuyển", "Ngoài chỉ tiêu");
		// each table says what its columns are, and each applicant's row names the unit of the post applied for
		assertThat(browser.findElement(By.cssSelector("#drive-positions thead")).getText()).contains("Cơ quan, đơn vị",
				"Chỉ tiêu");
		var positionUnit = browser.findElement(By.cssSelector("#drive-positions tbody td")).getText();
		assertThat(browser.findElement(By.cssSelector("#applications thead")).getText()).contains("Cơ quan, đơn vị");
		assertThat(browser.findElements(By.cssSelector("#applications tbody tr td:nth-child(2)")))
			.allSatisfy(cell -> assertThat(cell.getText()).isEqualTo(positionUnit));
		browser.findElement(By.id("decisionNumber")).sendKeys("45/QĐ-UBND");
		browser.findElement(By.id("decisionDate")).sendKeys(today);
		browser.findElement(By.id("decisionIssuer")).sendKeys("UBND phường Bạc Liêu");
		browser.findElement(By.id("signer")).sendKeys("Trần Văn Bảy");
		clickAndWait(By.id("decide"));
		assertThat(browser.findElement(By.id("drive-status")).getText()).isEqualTo("Đã có quyết định tuyển dụng");
		clickAndWait(By.cssSelector("#applications a.official-link"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).containsAnyOf("Danh Thị Sa Quang", "Kim Thị Chanh");
	}

	@Test
	void homeAffairsRunsACouncilAssessmentForAHigherRank() throws Exception {
		var api = TestHttp.api(port);
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var me = api.get("/api/v1/me", "Authorization", homeAffairs).body();
		var root = java.util.regex.Pattern.compile("\"scopeUnitId\":(\\d+)").matcher(me);
		assertThat(root.find()).isTrue();
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Ban Quản lý dự án thử\",\"type\":"
				+ "\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + root.group(1) + ",\"effectiveDate\":\"2020-01-01\","
				+ "\"decision\":{\"number\":\"25/QĐ-UBND\",\"date\":\"2019-12-20\",\"issuer\":\"UBND tỉnh\"}}",
				"Authorization", homeAffairs);
		long unit = id(created.body());
		var ids = new java.util.ArrayList<Long>();
		for (var person : new String[][] { { "096088661301", "Lâm Văn Tài" }, { "096087661302", "Lâm Văn Lộc" } }) {
			var enrolled = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"" + person[0] + "\",\"fullName\":\""
					+ person[1] + "\",\"dateOfBirth\":\"19" + person[0].substring(4, 6) + "-05-05\",\"sex\":\"MALE\","
					+ "\"ethnicGroup\":\"01\",\"unitId\":" + unit + ",\"category\":\"CIVIL_SERVANT\",\"rankCode\":"
					+ "\"01.003\",\"salaryStep\":2,\"startDate\":\"2020-01-06\",\"decision\":{\"number\":"
					+ "\"26/QĐ-UBND\",\"date\":\"2020-01-02\",\"issuer\":\"UBND tỉnh\"}}", "Authorization", homeAffairs);
			assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
			ids.add(id(enrolled.body()));
		}
		var today = vn.congvu.shared.web.Formats.DATE.format(java.time.LocalDate.now(clock));

		signIn("demo.sonoivu", "Demo@2021!");
		clickAndWait(By.id("nav-promotion"));
		browser.findElement(By.id("title")).sendKeys("Xét chuyển lên ngạch chuyên viên chính");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("authorityUnitId")))
			.selectByValue(String.valueOf(unit));
		new Select(browser.findElement(By.id("targetRankCode"))).selectByValue("01.002");
		browser.findElement(By.id("quota")).sendKeys("1");
		clickAndWait(By.id("open-exam"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Xét chuyển lên ngạch cao hơn (hội đồng)");
		browser.findElement(By.id("officialIds")).sendKeys(ids.get(0) + ", " + ids.get(1));
		clickAndWait(By.id("nominate"));
		assertThat(browser.findElement(By.id("nominations")).getText()).contains("Lâm Văn Tài", "Lâm Văn Lộc",
				"Vị trí còn trống");
		// the badges' colours are explained beside the table
		assertThat(browser.findElement(By.id("condition-legend")).getText()).contains("Đạt", "cần đối chiếu",
				"Không đạt");
		clickAndWait(By.id("close-exam"));
		browser.findElement(By.id("members")).sendKeys("5");
		browser.findElement(By.id("for-" + ids.get(0))).sendKeys("4");
		browser.findElement(By.id("cast-" + ids.get(0))).sendKeys("5");
		browser.findElement(By.id("for-" + ids.get(1))).sendKeys("2");
		browser.findElement(By.id("cast-" + ids.get(1))).sendKeys("5");
		clickAndWait(By.id("save-marks"));
		clickAndWait(By.id("publish"));
		var results = browser.findElement(By.id("nominations")).getText();
		assertThat(results).contains("Đạt", "Hội đồng không thông qua");
		browser.findElement(By.id("decisionNumber")).sendKeys("301/QĐ-UBND");
		browser.findElement(By.id("decisionDate")).sendKeys(today);
		browser.findElement(By.id("decisionIssuer")).sendKeys("UBND tỉnh Cà Mau");
		browser.findElement(By.id("signer")).sendKeys("Lê Văn Sử");
		clickAndWait(By.id("decide"));
		assertThat(browser.findElement(By.id("exam-status")).getText()).isEqualTo("Đã có quyết định");
		var employment = api.get("/api/v1/officials/" + ids.get(0) + "/employment", "Authorization", homeAffairs).body();
		assertThat(employment).contains("\"rankCode\":\"01.002\"", "\"salaryScaleCode\":\"A2.1\"");
	}

	@Test
	void unitHrAssessesAProbationAfterFixingAFormMistake() throws Exception {
		var api = TestHttp.api(port);
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		var created = api.json("POST", "/api/v1/units", "{\"name\":\"Trường Mầm non Phường\",\"type\":"
				+ "\"PUBLIC_SERVICE_UNIT\",\"parentId\":" + demoWard(api) + ",\"effectiveDate\":\"2025-07-01\","
				+ "\"decision\":{\"number\":\"27/QĐ-UBND\",\"date\":\"2025-06-25\",\"issuer\":\"UBND tỉnh Cà Mau\"}}",
				"Authorization", TestHttp.basic("demo.sonoivu", "Demo@2021!"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		var enrolled = api.json("POST", "/api/v1/officials", "{\"citizenId\":\"096199771305\",\"fullName\":"
				+ "\"Thạch Thị Sa Ni\",\"dateOfBirth\":\"1999-04-04\",\"sex\":\"FEMALE\",\"ethnicGroup\":\"05\","
				+ "\"unitId\":" + id(created.body()) + ",\"category\":\"PUBLIC_EMPLOYEE\",\"rankCode\":\"V.08.01.03\","
				+ "\"startDate\":\"2025-09-15\",\"decision\":{\"number\":\"28/QĐ-UBND\",\"date\":\"2025-09-10\","
				+ "\"issuer\":\"UBND phường\"}}", "Authorization", hr);
		assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
		long official = id(enrolled.body());

		signIn("demo.nhansu", "Demo@2021!");
		clickAndWait(By.id("nav-probations"));
		assertThat(browser.findElement(By.id("probations")).getText()).contains("Thạch Thị Sa Ni", "15/09/2026");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("officialId")))
			.selectByValue(String.valueOf(official));
		browser.findElement(By.id("guideName")).sendKeys("Lâm Thị Hồng");
		browser.findElement(By.id("decisionNumber")).sendKeys("52/QĐ-MN");
		browser.findElement(By.id("decisionIssuer")).sendKeys("Trường Mầm non Phường");
		clickAndWait(By.id("assess"));
		// the comments were forgotten: the reason is shown and what was typed stays
		assertThat(browser.findElement(By.id("step-error")).getText()).contains("nhận xét");
		assertThat(browser.findElement(By.id("decisionNumber")).getAttribute("value")).isEqualTo("52/QĐ-MN");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("officialId")))
			.getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(official));
		browser.findElement(By.id("comments")).sendKeys("Hoàn thành tốt nhiệm vụ được giao");
		clickAndWait(By.id("assess"));
		assertThat(browser.findElement(By.id("done")).getText()).contains("Đã ghi nhận");
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Thạch Thị Sa Ni");
		var actions = api.get("/api/v1/officials/" + official + "/actions", "Authorization", hr).body();
		assertThat(actions).contains("\"kind\":\"END_OF_PROBATION\"", "\"effectiveDate\":\"2026-09-15\"", "52/QĐ-MN");
	}

	@Test
	void aLeaderOpensTheReformReportOfAPastHalfYearAndDrillsIntoAFigure() throws Exception {
		signIn("demo.lanhdao", "Demo@2021!");
		clickAndWait(By.id("nav-reports"));
		browser.findElement(By.id("from")).clear();
		browser.findElement(By.id("from")).sendKeys("01/01/2021");
		browser.findElement(By.id("to")).clear();
		browser.findElement(By.id("to")).sendKeys("30/06/2021");
		clickAndWait(By.id("show"));
		// the units of 30/06/2021: Bạc Liêu, since merged into Cà Mau
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scope"))).selectByVisibleText("Tỉnh Bạc Liêu");
		clickAndWait(By.id("show"));
		// the figures are computed in the background and arrive when done
		waitFor(By.id("figures"));
		var recruited = browser.findElement(By.cssSelector("#figure-recruitment\\.hired a")).getText();
		var moves = browser.findElement(By.cssSelector("#figure-mobility\\.moves a"));
		assertThat(Integer.parseInt(recruited)).isGreaterThanOrEqualTo(13);
		var figure = moves.getText();
		assertThat(Integer.parseInt(figure)).isGreaterThanOrEqualTo(117);
		assertThat(browser.findElement(By.id("download-docx")).getAttribute("href")).contains("reform.docx",
				"from=01/01/2021", "to=30/06/2021");
		clickAndWait(By.cssSelector("#figure-mobility\\.moves a"));
		assertThat(browser.findElement(By.id("figure-total")).getText()).startsWith(figure + " ");
		assertThat(browser.findElements(By.cssSelector("#details tbody tr"))).hasSize(Integer.parseInt(figure));
		assertThat(browser.findElement(By.id("details")).getText()).contains("Điều động", "Bổ nhiệm");
		clickAndWait(By.id("back-to-report"));
		assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scope"))).getFirstSelectedOption()
			.getText()).isEqualTo("Tỉnh Bạc Liêu");
		// the workforce of the province today, by unit, with its total
		clickAndWait(By.id("nav-statistics"));
		var total = browser.findElement(By.id("statistics-total")).getText();
		assertThat(total).startsWith("Tổng cộng");
		assertThat(browser.findElements(By.cssSelector("#statistics tbody tr")).size()).isGreaterThan(100);
		var download = browser.findElement(By.id("download")).getAttribute("href");
		assertThat(download).contains("/statistics/workforce.xlsx");
		// every cell of the total row is the API's figure for the same scope and day (they used to be all empty)
		var query = download.substring(download.indexOf('?'));
		var api = json.readTree(TestHttp.api(port)
			.get("/api/v1/statistics/workforce" + query, "Authorization", TestHttp.basic("demo.lanhdao", "Demo@2021!"))
			.body());
		var cells = browser.findElements(By.cssSelector("#statistics-total td"));
		var columns = api.get("columns");
		assertThat(cells).hasSize(columns.size());
		for (int i = 0; i < columns.size(); i++) {
			long expected = api.get("total").get(columns.get(i).asString()).asLong();
			assertThat(cells.get(i).getText().replace(".", "")).as(columns.get(i).asString())
				.isEqualTo(Long.toString(expected));
		}
		assertThat(api.get("total").get("total").asLong()).isGreaterThan(1000);
	}

	/** A wrong date on the report form stays as typed under its own field; a reversed period marks its end. */
	@Test
	void theReportFormKeepsWhatWasTypedAndMarksTheWrongField() throws Exception {
		signIn("demo.lanhdao", "Demo@2021!");
		open("/reports/reform?from=31/02/2021&to=30/06/2021");
		assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("31/02/2021");
		assertThat(browser.findElement(By.id("from-error")).getText()).contains("Ngày không hợp lệ");
		assertThat(browser.findElements(By.id("to-error"))).isEmpty();
		assertThat(browser.findElements(By.id("figures"))).isEmpty();
		open("/reports/reform?from=01/07/2021&to=01/01/2021");
		assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("01/07/2021");
		assertThat(browser.findElement(By.id("to")).getDomProperty("value")).isEqualTo("01/01/2021");
		assertThat(browser.findElement(By.id("to-error")).getText()).contains("không được trước ngày đầu kỳ");
		assertThat(browser.findElements(By.id("from-error"))).isEmpty();
		assertThat(browser.findElement(By.id("report-form")).isDisplayed()).isTrue();
	}

	@Test
	void aLeaderOpensTheDashboardChangesTheDateDrillsIntoAFigureAndDownloadsTheReport() throws Exception {
		signIn("demo.lanhdao", "Demo@2021!");
		clickAndWait(By.id("nav-dashboard"));
		waitFor(By.cssSelector("#chart-0[data-rendered='true'] svg"));
		assertThat(browser.findElements(By.cssSelector(".dashboard-chart svg")).size())
			.as("every panel is charted").isEqualTo(browser.findElements(By.cssSelector(".dashboard-panel")).size())
			.isGreaterThanOrEqualTo(8);
		// back to mid-2021, in Bạc Liêu as it then was
		browser.findElement(By.id("date")).clear();
		browser.findElement(By.id("date")).sendKeys("30/06/2021");
		clickAndWait(By.id("show"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scope"))).selectByVisibleText("Tỉnh Bạc Liêu");
		clickAndWait(By.id("show"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tỉnh Bạc Liêu", "30/06/2021");
		waitFor(By.cssSelector("#panel-personnel\\.ageBySex svg"));
		screenshot("dashboard");
		var moves = browser.findElement(By.cssSelector("#headline-mobility\\.moves a"));
		var figure = moves.getText();
		assertThat(Integer.parseInt(figure)).isGreaterThanOrEqualTo(117);
		assertThat(browser.findElement(By.id("panel-dashboard.compliance")).getText()).contains("Đúng quy định");
		assertThat(browser.findElement(By.cssSelector("#panel-dashboard\\.headcountTrend .panel-export"))
			.getAttribute("href")).contains("/dashboard/export/dashboard.headcountTrend", "date=30/06/2021");
		clickAndWait(By.cssSelector("#headline-mobility\\.moves a"));
		assertThat(browser.findElement(By.id("figure-total")).getText()).startsWith(figure + " ")
			.contains("Tỉnh Bạc Liêu", "01/01/2021", "30/06/2021");
		assertThat(browser.findElements(By.cssSelector("#details tbody tr"))).hasSize(Integer.parseInt(figure));
		browser.navigate().back();
		waitFor(By.id("dashboard-report"));
		// the report of the year so far, fetched as the browser downloads it, with the signed-in session
		var href = browser.findElement(By.id("dashboard-report")).getAttribute("href");
		assertThat(href).contains("reform.docx", "from=01/01/2021", "to=30/06/2021");
		var base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
				  var s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
				});""", href);
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(base64)));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("6 tháng đầu năm 2021", "tỉnh Bạc Liêu", figure + " trường hợp");
		}
	}

	@Test
	void homeAffairsIssuesAReportAndFindsItFrozen() throws Exception {
		signIn("demo.sonoivu", "Demo@2021!");
		clickAndWait(By.id("nav-reports"));
		browser.findElement(By.id("from")).clear();
		browser.findElement(By.id("from")).sendKeys("01/01/2021");
		browser.findElement(By.id("to")).clear();
		browser.findElement(By.id("to")).sendKeys("31/03/2021");
		clickAndWait(By.id("show"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scope"))).selectByVisibleText("Tỉnh Bạc Liêu");
		clickAndWait(By.id("show"));
		waitFor(By.id("figures"));
		var hired = browser.findElement(By.cssSelector("#figure-recruitment\\.hired a")).getText();
		clickAndWait(By.id("issue-report"));
		assertThat(browser.findElement(By.id("issue-what")).getText()).contains("Tỉnh Bạc Liêu", "01/01/2021",
				"31/03/2021");
		// a number not in the usual form is refused, and what was typed stays
		browser.findElement(By.id("number")).sendKeys("số hai");
		browser.findElement(By.id("issuedOn")).clear();
		browser.findElement(By.id("issuedOn")).sendKeys("05/04/2021");
		clickAndWait(By.id("issue"));
		assertThat(browser.findElement(By.id("number-error")).getText()).contains("không đúng dạng");
		assertThat(browser.findElement(By.id("issuedOn")).getAttribute("value")).isEqualTo("05/04/2021");
		browser.findElement(By.id("number")).clear();
		browser.findElement(By.id("number")).sendKeys("27/BC-UBND");
		clickAndWait(By.id("issue"));
		// the report is issued in the background; its page opens when done
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/reports/issued/"));
		waitFor(By.id("issued-what"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("27/BC-UBND");
		assertThat(browser.findElement(By.cssSelector("#figure-recruitment\\.hired a")).getText()).isEqualTo(hired);
		// every figure of the issued report's page is the API's for the same issued report
		long issuedId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/reports/issued/(\\d+).*", "$1"));
		var homeAffairs = TestHttp.basic("demo.sonoivu", "Demo@2021!");
		var frozen = json.readTree(TestHttp.api(port)
			.get("/api/v1/reports/reform/issued/" + issuedId, "Authorization", homeAffairs)
			.body()).get("indicators");
		assertThat(frozen.size()).isGreaterThan(10);
		for (var figure : frozen) {
			var code = figure.get("code").asString();
			var shown = browser.findElement(By.cssSelector("#figure-" + code.replace(".", "\\.") + " a")).getText();
			assertThat(Long.parseLong(shown.replace(".", "").strip())).as(code).isEqualTo(figure.get("value").asLong());
		}
		assertThat(browser.findElement(By.id("issued-docx")).getAttribute("href")).contains("/files/docx");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				browser.findElement(By.id("compare")));
		waitFor(By.id("changes-result"));
		assertThat(browser.findElement(By.id("changes-none")).getText()).startsWith("Không có thay đổi");
		clickAndWait(By.cssSelector("#figure-recruitment\\.hired a"));
		assertThat(browser.findElement(By.id("figure-total")).getText()).startsWith(hired + " ");
		var kept = json.readTree(TestHttp.api(port)
			.get("/api/v1/reports/reform/issued/" + issuedId + "/indicators/recruitment.hired/details", "Authorization",
					homeAffairs)
			.body());
		assertThat(browser.findElements(By.cssSelector("#details tbody tr"))).as("the records kept at issue")
			.hasSize(kept.size());
		clickAndWait(By.id("back-to-report"));
		clickAndWait(By.linkText("Báo cáo đã ban hành"));
		assertThat(browser.findElement(By.id("issued")).getText()).contains("27/BC-UBND", "Tỉnh Bạc Liêu");
		// the list is the API's, latest first, each number opening its report
		var list = json.readTree(TestHttp.api(port)
			.get("/api/v1/reports/reform/issued", "Authorization", homeAffairs)
			.body());
		var rows = browser.findElements(By.cssSelector("#issued tbody tr"));
		assertThat(rows).hasSize(list.size());
		for (int i = 0; i < rows.size(); i++) {
			var link = rows.get(i).findElement(By.tagName("a"));
			assertThat(link.getText()).isEqualTo(list.get(i).get("number").asString());
			assertThat(link.getDomAttribute("href")).isEqualTo("/reports/issued/" + list.get(i).get("id").asLong());
		}
	}

}
