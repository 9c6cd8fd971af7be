package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Decisions recorded on pages, as an HR officer takes them: the form of each kind pre-filled by the rules of the date,
 * a preview of what changes (the same answer as the API's), the rule's message on the field concerned, the save, and
 * the decision document offered for signature.
 */
class DecisionPagesBrowserTests extends BrowserTestBase {

	@Test
	void aSalaryStepIsProposedByTheRulesPreviewedLikeTheApiAndRecorded() throws Exception {
		long official = enrolInWard("095091004040", "Trần Văn Bình", "1991-04-04", "MALE");
		signIn("demo.nhansu", "Demo@2021!");
		open("/officials/" + official + "?tab=career");
		new Select(browser.findElement(By.id("decision-kind"))).selectByValue("SALARY_STEP");
		clickAndWait(By.id("record-decision-go"));
		assertThat(browser.findElement(By.id("action-kind")).getText()).isEqualTo("Nâng bậc lương");
		// 01/09/2025 on step 1 of A1, whose steps come every 3 years: step 2 on 01/09/2028
		assertThat(value("effectiveDate")).isEqualTo("01/09/2028");
		assertThat(value("salaryStep")).isEqualTo("2");
		assertThat(value("decisionDate")).isEqualTo("07/12/2026");

		// a step that is not the next one, and no decision number: each said beside its field, nothing recorded
		type("salaryStep", "3");
		clickAndWait(By.id("preview-action"));
		assertThat(browser.findElement(By.id("decisionNumber")).getDomAttribute("class")).contains("is-invalid");
		type("decisionNumber", "88/QĐ-UBND");
		type("decisionIssuer", "Ủy ban nhân dân phường Bạc Liêu");
		clickAndWait(By.id("preview-action"));
		assertThat(browser.findElement(By.id("salaryStep")).getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.findElement(By.id("action-form")).getText())
			.contains("Bậc lương tiếp theo là bậc 2, không phải bậc 3");
		assertThat(value("decisionNumber")).isEqualTo("88/QĐ-UBND");
		screenshots("action-error");

		type("salaryStep", "2");
		clickAndWait(By.id("preview-action"));
		var table = browser.findElement(By.id("preview-table")).getText();
		assertThat(browser.findElement(By.id("action-preview")).getText()).contains("01/09/2028");
		var api = TestHttp.api(port);
		var preview = json.readTree(api.json("POST", "/api/v1/officials/" + official + "/actions/preview", """
				{"kind":"SALARY_STEP","effectiveDate":"2028-09-01","salaryStep":2,
				 "decision":{"number":"88/QĐ-UBND","date":"2026-12-07","issuer":"Ủy ban nhân dân phường Bạc Liêu"}}""",
				"Authorization", TestHttp.basic("demo.nhansu", "Demo@2021!")).body());
		assertThat(table).contains("Bậc lương Bậc " + preview.get("before").get("salaryStep").asInt() + " (bảng A1) Bậc "
				+ preview.get("after").get("salaryStep").asInt() + " (bảng A1)");
		assertThat(api.get("/api/v1/officials/" + official + "/actions", "Authorization",
				TestHttp.basic("demo.nhansu", "Demo@2021!")).body()).as("a preview records nothing")
			.doesNotContain("SALARY_STEP");
		screenshots("action-preview");

		clickAndWait(By.id("save-action"));
		assertThat(browser.findElement(By.id("flash-done")).getText()).isEqualTo("Đã ghi quyết định vào hồ sơ.");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("01/09/2028").contains("Nâng bậc lương")
			.contains("bậc 2").contains("88/QĐ-UBND");
		assertThat(browser.findElement(By.id("recorded-pdf")).getDomAttribute("href")).endsWith(".pdf");
		// the record prints on A4 as its content alone: no menu, no buttons
		var options = new org.openqa.selenium.print.PrintOptions();
		options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
		var pdf = java.util.Base64.getDecoder()
			.decode(((org.openqa.selenium.PrintsPage) browser).print(options).getContent());
		var printed = java.nio.file.Files.createTempFile("ho-so", ".pdf");
		try {
			java.nio.file.Files.write(printed, pdf);
			assertThat(LibreOffice.pdfText(printed)).contains("Trần Văn Bình", "88/QĐ-UBND")
				.doesNotContain("Đăng xuất", "Ghi quyết định", "Tải về");
		}
		finally {
			java.nio.file.Files.deleteIfExists(printed);
		}
		var actions = json.readTree(api.get("/api/v1/officials/" + official + "/actions", "Authorization",
				TestHttp.basic("demo.nhansu", "Demo@2021!")).body());
		assertThat(actions.get(actions.size() - 1).get("kind").asString()).isEqualTo("SALARY_STEP");
		assertThat(actions.get(actions.size() - 1).get("salaryStep").asInt()).isEqualTo(2);
	}

	@Test
	void homeAffairsTransfersAnOfficialPickingTheUnitBySearchThenCancelsTheTransfer() throws Exception {
		long official = enrolInWard("095192005050", "Lý Thị Mộng Cầm", "1992-05-05", "FEMALE");
		signIn("demo.sonoivu", "Demo@2021!");
		// without a kind, the page asks for one
		open("/officials/" + official + "/actions/new");
		assertThat(browser.findElement(By.id("action-now")).getText()).contains("Phường Bạc Liêu")
			.contains("01.003 Chuyên viên");
		new Select(browser.findElement(By.id("kind-choice"))).selectByValue("TRANSFER");
		clickAndWait(By.id("choose-kind"));
		assertThat(value("effectiveDate")).isEqualTo("07/12/2026");
		browser.findElement(By.id("unitId-search")).sendKeys("so noi vu");
		var shown = browser.findElements(By.cssSelector("#unitId option:not([hidden]):not([value=''])"));
		assertThat(shown).isNotEmpty();
		assertThat(shown).allSatisfy(o -> assertThat(o.getText()).containsIgnoringCase("Sở Nội vụ"));
		screenshots("action-unit-search");
		shown.get(0).click();
		var unitName = new Select(browser.findElement(By.id("unitId"))).getFirstSelectedOption().getText().strip();
		type("decisionNumber", "301/QĐ-UBND");
		type("decisionIssuer", "Ủy ban nhân dân tỉnh Cà Mau");
		clickAndWait(By.id("preview-action"));
		assertThat(browser.findElement(By.id("preview-table")).getText()).contains("Phường Bạc Liêu")
			.contains(unitName.split(" — ")[0]);
		clickAndWait(By.id("save-action"));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Điều động").contains("301/QĐ-UBND");

		new Select(browser.findElement(By.id("decision-kind"))).selectByValue("CANCELLATION");
		clickAndWait(By.id("record-decision-go"));
		var cancels = new Select(browser.findElement(By.id("cancelsActionId")));
		cancels.selectByIndex(1);
		assertThat(cancels.getFirstSelectedOption().getText()).contains("Điều động").contains("301/QĐ-UBND");
		type("decisionNumber", "302/QĐ-UBND");
		type("decisionIssuer", "Ủy ban nhân dân tỉnh Cà Mau");
		clickAndWait(By.id("save-action"));
		var transfer = browser.findElement(By.xpath("//ol[@id='timeline']/li[contains(., '301/QĐ-UBND')]"));
		assertThat(transfer.getDomAttribute("class")).contains("text-decoration-line-through");
		assertThat(transfer.getText()).contains("Đã hủy");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Hủy quyết định").contains("302/QĐ-UBND");
		var employment = TestHttp.api(port).get("/api/v1/officials/" + official + "/employment", "Authorization",
				TestHttp.basic("demo.sonoivu", "Demo@2021!")).body();
		assertThat(employment).as("the cancelled transfer counts nowhere: back in the ward")
			.contains("\"unitId\":" + TestHttp.api(port).unitId("2026-01-01", "31825"));
	}

	@Test
	void anHrOfficerEnrolsARecruitAfterTheFormRefusesAChild() throws Exception {
		signIn("demo.nhansu", "Demo@2021!");
		open("/officials");
		clickAndWait(By.id("enrol"));
		type("fullName", "Châu Minh Khang");
		type("citizenId", "095212001122");
		type("dateOfBirth", "01/01/2012");
		new Select(browser.findElement(By.id("sex"))).selectByValue("MALE");
		new Select(browser.findElement(By.id("category"))).selectByValue("CIVIL_SERVANT");
		type("startDate", "01/10/2026");
		browser.findElement(By.id("unitId-search")).sendKeys("phuong bac lieu");
		var shown = browser.findElements(By.cssSelector("#unitId option:not([hidden]):not([value=''])"));
		assertThat(shown).isNotEmpty();
		shown.get(0).click();
		new Select(browser.findElement(By.id("rankCode"))).selectByValue("01.003");
		type("decisionNumber", "77/QĐ-UBND");
		clickAndWait(By.id("enrol-submit"));
		// 14 years old on the day: the age of service is said beside the start date, and the form keeps what was typed
		assertThat(browser.findElement(By.id("startDate")).getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.findElement(By.id("enrol-form")).getText()).contains("18");
		assertThat(value("fullName")).isEqualTo("Châu Minh Khang");
		assertThat(new Select(browser.findElement(By.id("rankCode"))).getFirstSelectedOption().getText())
			.startsWith("01.003 — ");
		screenshots("enrol-error");
		type("dateOfBirth", "01/01/1998");
		type("citizenId", "095098001122");
		clickAndWait(By.id("enrol-submit"));
		assertThat(browser.findElement(By.id("flash-done")).getText()).contains("Đã thêm người vào hồ sơ");
		assertThat(browser.findElement(By.id("official-name")).getText()).isEqualTo("Châu Minh Khang");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("01/10/2026").contains("Tuyển dụng")
			.contains("77/QĐ-UBND");
	}

	@Test
	void theWatchListRecordsTheStepsTickedAsOneDecisionAndOffersItsDocument() throws Exception {
		signIn("demo.nhansu", "Demo@2021!");
		open("/officials/due?list=salary-step&months=6");
		var rows = browser.findElements(By.cssSelector("#due-table tbody tr"));
		assertThat(rows).as("the ward has salary steps due within six months").hasSizeGreaterThanOrEqualTo(3);
		// a row's own button opens the decision pre-filled with that row's day
		var firstDue = rows.get(0).findElements(By.tagName("td")).get(1).getText().substring(0, 10);
		var firstId = rows.get(0).findElement(By.name("officialId")).getDomAttribute("value");
		clickAndWait(By.id("act-" + firstId));
		assertThat(browser.findElement(By.id("action-kind")).getText()).isEqualTo("Nâng bậc lương");
		assertThat(value("effectiveDate")).isEqualTo(firstDue);
		open("/officials/due?list=salary-step&months=6");

		clickAndWait(By.id("batch-submit"));
		assertThat(browser.findElement(By.id("batch-none")).getText()).isEqualTo("Chọn ít nhất một người trong danh sách.");
		var boxes = browser.findElements(By.name("officialId"));
		browser.findElement(By.id("due-all")).click();
		assertThat(boxes).allSatisfy(box -> assertThat(box.isSelected()).isTrue());
		browser.findElement(By.id("due-all")).click();
		assertThat(boxes).noneSatisfy(box -> assertThat(box.isSelected()).isTrue());
		var ids = java.util.List.of(boxes.get(1).getDomAttribute("value"), boxes.get(2).getDomAttribute("value"));
		var steps = new java.util.HashMap<String, Integer>();
		for (var id : ids) {
			steps.put(id, Integer.valueOf(browser.findElement(By.xpath("//input[@id='due-" + id + "']/ancestor::tr/td[7]"))
				.getText()));
		}
		boxes.get(1).click();
		boxes.get(2).click();
		type("batch-date", "31/02/2026");
		clickAndWait(By.id("batch-submit"));
		assertThat(browser.findElement(By.id("batch-date")).getDomAttribute("class")).contains("is-invalid");
		assertThat(browser.findElement(By.id("due-" + ids.get(0))).isSelected()).as("what was ticked stays ticked")
			.isTrue();
		type("batch-date", "07/12/2026");
		type("batch-number", "515/QĐ-UBND");
		type("batch-signer", "Phan Thanh Ký");
		screenshots("due-batch");
		clickAndWait(By.id("batch-submit"));
		assertThat(browser.findElement(By.id("batch-done")).getText())
			.startsWith("Đã ghi quyết định nâng bậc lương cho 2 người.");
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		var api = TestHttp.api(port);
		for (var id : ids) {
			assertThat(api.get("/api/v1/officials/" + id + "/actions", "Authorization", hr).body())
				.contains("\"kind\":\"SALARY_STEP\"").contains("515/QĐ-UBND");
			// no longer due, or (long overdue) due for the step after the one just recorded
			var row = browser.findElements(By.xpath("//input[@id='due-" + id + "']/ancestor::tr/td[7]"));
			if (!row.isEmpty()) {
				assertThat(Integer.valueOf(row.get(0).getText())).isEqualTo(steps.get(id) + 1);
			}
		}
		var link = browser.findElement(By.id("batch-docx")).getDomAttribute("href");
		var docx = java.nio.file.Files.createTempFile("qd", ".docx");
		try {
			java.nio.file.Files.write(docx, api.bytes(link, "Authorization", hr));
			assertThat(LibreOffice.text(docx)).contains("Về việc nâng bậc lương thường xuyên", "515/QĐ-UBND",
					"Phan Thanh Ký", "Bậc, hệ số mới", "(mã số ");
		}
		finally {
			java.nio.file.Files.deleteIfExists(docx);
		}
	}

	@Test
	void aUnitsStaffPageShowsWhatTheApiAnswersSortsAndPages() throws Exception {
		var api = TestHttp.api(port);
		long ward = demoWard(api);
		var hr = TestHttp.basic("demo.nhansu", "Demo@2021!");
		var own = json.readTree(api.get("/api/v1/units/" + ward + "/staff?asOf=2026-12-07", "Authorization", hr).body());
		var all = json.readTree(
				api.get("/api/v1/units/" + ward + "/staff?asOf=2026-12-07&below=true", "Authorization", hr).body());
		signIn("demo.nhansu", "Demo@2021!");
		open("/units/" + ward);
		clickAndWait(By.id("unit-staff"));
		assertThat(browser.findElement(By.id("staff-count")).getText())
			.isEqualTo(own.get("members").size() + " người đang công tác ngày 07/12/2026.");
		browser.findElement(By.id("below")).click();
		clickAndWait(By.id("staff-show"));
		int total = all.get("members").size();
		assertThat(total).isGreaterThan(100);
		assertThat(browser.findElement(By.id("staff-count")).getText())
			.isEqualTo(total + " người đang công tác ngày 07/12/2026.");
		var firstName = all.get("members").get(0).get("fullName").asString();
		assertThat(browser.findElement(By.cssSelector("#staff-table tbody tr td:nth-child(2) a")).getText())
			.isEqualTo(firstName);
		screenshots("unit-staff");

		clickAndWait(By.id("sort-retirement"));
		var earliest = new java.util.ArrayList<String>();
		all.get("members").forEach(m -> earliest.add(m.get("retirementDate").asString()));
		java.util.Collections.sort(earliest);
		var day = java.time.LocalDate.parse(earliest.get(0));
		assertThat(browser.findElement(By.cssSelector("#staff-table tbody tr td:nth-child(9)")).getText())
			.isEqualTo(vn.congvu.shared.web.Formats.DATE.format(day));
		clickAndWait(By.id("size-50"));
		assertThat(browser.findElements(By.cssSelector("#staff-table tbody tr"))).hasSize(Math.min(50, total));
		clickAndWait(By.linkText("2"));
		assertThat(browser.findElement(By.cssSelector("#staff-table tbody tr td:first-child")).getText()).isEqualTo("51");
		assertThat(browser.getCurrentUrl()).contains("sort=retirement").contains("below=true").contains("size=50");
		var sheet = api.bytes("/units/" + ward + "/staff.xlsx?asOf=07/12/2026&below=true", "Authorization", hr);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(total);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(firstName);
		}
	}

	@Test
	void anHrOfficerAddsThePhotoToTheRecordAfterAWrongOneIsExplained() throws Exception {
		long official = enrolInWard("095193006060", "Quách Thị Ảnh", "1993-06-06", "FEMALE");
		signIn("demo.nhansu", "Demo@2021!");
		open("/officials/" + official + "?tab=documents");
		assertThat(browser.findElements(By.id("record-photo"))).isEmpty();
		var landscape = java.nio.file.Files.createTempFile("ngang", ".jpg");
		var portrait = java.nio.file.Files.createTempFile("chan-dung", ".jpg");
		try {
			java.nio.file.Files.write(landscape, vn.congvu.personnel.AttachmentsIntegrationTests.picture(600, 400, "jpg"));
			java.nio.file.Files.write(portrait, vn.congvu.personnel.AttachmentsIntegrationTests.picture(400, 600, "jpg"));
			new Select(browser.findElement(By.id("attachment-kind"))).selectByValue("PHOTO");
			browser.findElement(By.id("attachment-file")).sendKeys(landscape.toString());
			clickAndWait(By.id("attachment-submit"));
			assertThat(browser.findElement(By.id("attachment-error")).getText()).contains("4 x 6", "600 x 400");
			assertThat(new Select(browser.findElement(By.id("attachment-kind"))).getFirstSelectedOption()
				.getDomAttribute("value")).as("the kind chosen stays").isEqualTo("PHOTO");
			browser.findElement(By.id("attachment-file")).sendKeys(portrait.toString());
			clickAndWait(By.id("attachment-submit"));
			assertThat(browser.findElement(By.id("flash-done")).getText()).isEqualTo("Đã tải tệp lên hồ sơ.");
			assertThat(browser.findElement(By.id("attachments")).getText()).contains("Ảnh 4 x 6")
				.contains(portrait.getFileName().toString());
			var photo = browser.findElement(By.id("record-photo"));
			assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 400", photo))
				.as("the photo shows in the record's header").isTrue();
			screenshots("record-documents");
		}
		finally {
			java.nio.file.Files.deleteIfExists(landscape);
			java.nio.file.Files.deleteIfExists(portrait);
		}
	}

	/**
	 * An HR officer's day, as the ward's HR officer lives it in the browser: enrol a recruit, record a salary step from
	 * the watch list, move the recruit to a school of the ward and cancel the move, print the record.
	 */
	@Test
	void anHrOfficersDay() throws Exception {
		signIn("demo.nhansu", "Demo@2021!");
		// a recruit
		open("/officials/new");
		type("fullName", "Tạ Minh Nhật");
		type("citizenId", "095097008080");
		type("dateOfBirth", "08/08/1997");
		new Select(browser.findElement(By.id("sex"))).selectByValue("MALE");
		new Select(browser.findElement(By.id("category"))).selectByValue("CIVIL_SERVANT");
		browser.findElement(By.id("unitId-search")).sendKeys("phuong bac lieu");
		browser.findElements(By.cssSelector("#unitId option:not([hidden]):not([value=''])")).get(0).click();
		new Select(browser.findElement(By.id("rankCode"))).selectByValue("01.003");
		type("decisionNumber", "120/QĐ-UBND");
		clickAndWait(By.id("enrol-submit"));
		assertThat(browser.findElement(By.id("official-name")).getText()).isEqualTo("Tạ Minh Nhật");
		var recordUrl = browser.getCurrentUrl();

		// a salary step from the watch list
		open("/officials/due?list=salary-step&months=6");
		var row = browser.findElements(By.cssSelector("#due-table tbody tr")).get(0);
		var dueName = row.findElements(By.tagName("td")).get(2).getText();
		var dueId = row.findElement(By.name("officialId")).getDomAttribute("value");
		clickAndWait(By.id("act-" + dueId));
		type("decisionNumber", "121/QĐ-UBND");
		clickAndWait(By.id("save-action"));
		assertThat(browser.findElement(By.id("official-name")).getText()).isEqualTo(dueName);
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Nâng bậc lương", "121/QĐ-UBND");

		// the recruit moved to a school of the ward, then the move cancelled
		browser.get(recordUrl);
		new Select(browser.findElement(By.id("decision-kind"))).selectByValue("TRANSFER");
		clickAndWait(By.id("record-decision-go"));
		browser.findElement(By.id("unitId-search")).sendKeys("truong tieu hoc");
		browser.findElements(By.cssSelector("#unitId option:not([hidden]):not([value=''])")).get(0).click();
		type("decisionNumber", "122/QĐ-UBND");
		clickAndWait(By.id("save-action"));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Điều động", "122/QĐ-UBND");
		new Select(browser.findElement(By.id("decision-kind"))).selectByValue("CANCELLATION");
		clickAndWait(By.id("record-decision-go"));
		new Select(browser.findElement(By.id("cancelsActionId"))).selectByIndex(1);
		type("decisionNumber", "123/QĐ-UBND");
		clickAndWait(By.id("save-action"));
		assertThat(browser.findElement(By.xpath("//ol[@id='timeline']/li[contains(., '122/QĐ-UBND')]"))
			.getDomAttribute("class")).contains("text-decoration-line-through");
		screenshots("hr-day-record");

		// the record, printed
		var options = new org.openqa.selenium.print.PrintOptions();
		options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
		var printed = java.nio.file.Files.createTempFile("ho-so", ".pdf");
		try {
			java.nio.file.Files.write(printed, java.util.Base64.getDecoder()
				.decode(((org.openqa.selenium.PrintsPage) browser).print(options).getContent()));
			assertThat(LibreOffice.pdfText(printed)).contains("Tạ Minh Nhật", "120/QĐ-UBND", "123/QĐ-UBND")
				.doesNotContain("Đăng xuất");
		}
		finally {
			java.nio.file.Files.deleteIfExists(printed);
		}
	}

}
