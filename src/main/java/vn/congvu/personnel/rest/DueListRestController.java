package vn.congvu.personnel.rest;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.personnel.DueLists;
import vn.congvu.shared.documents.SpreadsheetWriter;
import vn.congvu.shared.documents.SpreadsheetWriter.Column;
import vn.congvu.shared.web.ProblemFactory;

/** The watch lists over the API, as JSON or as an XLSX sheet with Vietnamese headers. */
@RestController
@RequestMapping("/api/v1/officials/due")
@Tag(name = "Officials")
class DueListRestController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DueLists lists;

	private final MessageSource messages;

	DueListRestController(DueLists lists, MessageSource messages) {
		this.lists = lists;
		this.messages = messages;
	}

	@GetMapping("/salary-step")
	@Operation(summary = "Officials due for a regular salary step within N months (overdue ones included)")
	List<DueLists.Entry> salaryStep(@RequestParam(defaultValue = "6") int months) {
		return lists.dueForSalaryStep(months);
	}

	@GetMapping("/salary-step.xlsx")
	ResponseEntity<StreamingResponseBody> salaryStepSheet(@RequestParam(defaultValue = "6") int months) {
		return sheet("nang-bac-luong.xlsx", "personnel.due.sheet.salaryStep", lists.dueForSalaryStep(months));
	}

	@GetMapping("/retirement")
	@Operation(summary = "Officials who retire under normal conditions within N months")
	List<DueLists.Entry> retirement(@RequestParam(defaultValue = "12") int months) {
		return lists.retiring(months);
	}

	@GetMapping("/retirement.xlsx")
	ResponseEntity<StreamingResponseBody> retirementSheet(@RequestParam(defaultValue = "12") int months) {
		return sheet("nghi-huu.xlsx", "personnel.due.sheet.retirement", lists.retiring(months));
	}

	private ResponseEntity<StreamingResponseBody> sheet(String fileName, String title, List<DueLists.Entry> entries) {
		Locale vi = ProblemFactory.VIETNAMESE;
		List<Column<DueLists.Entry>> columns = List.of(
				new Column<>(text("personnel.due.column.name", vi), DueLists.Entry::fullName),
				new Column<>(text("personnel.due.column.birth", vi), DueLists.Entry::dateOfBirth),
				new Column<>(text("personnel.due.column.sex", vi), e -> text("personnel.sex." + e.sex(), vi)),
				new Column<>(text("personnel.due.column.unit", vi), DueLists.Entry::unitName),
				new Column<>(text("personnel.due.column.rank", vi), DueLists.Entry::rankCode),
				new Column<>(text("personnel.due.column.scale", vi), DueLists.Entry::salaryScaleCode),
				new Column<>(text("personnel.due.column.step", vi), DueLists.Entry::salaryStep),
				new Column<>(text("personnel.due.column.date", vi), DueLists.Entry::dueDate),
				new Column<>(text("personnel.due.column.overdue", vi),
						e -> e.overdue() ? text("personnel.due.overdue", vi) : null));
		var sheetName = text(title, vi);
		StreamingResponseBody body = out -> SpreadsheetWriter.write(sheetName, columns, entries, out);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
