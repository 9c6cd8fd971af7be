package vn.congvu.personnel.rest;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.personnel.DueListSheet;
import vn.congvu.personnel.DueLists;

/** The watch lists over the API, as JSON or as an XLSX sheet with Vietnamese headers. */
@RestController
@RequestMapping("/api/v1/officials/due")
@Tag(name = "Officials")
class DueListRestController {

	private final DueLists lists;

	private final DueListSheet sheets;

	DueListRestController(DueLists lists, DueListSheet sheets) {
		this.lists = lists;
		this.sheets = sheets;
	}

	@GetMapping("/salary-step")
	@Operation(summary = "Officials due for a regular salary step within N months (overdue ones included)")
	List<DueLists.Entry> salaryStep(@RequestParam(defaultValue = "6") int months) {
		return lists.dueForSalaryStep(months);
	}

	@GetMapping("/salary-step.xlsx")
	ResponseEntity<StreamingResponseBody> salaryStepSheet(@RequestParam(defaultValue = "6") int months) {
		return sheets.download(false, lists.dueForSalaryStep(months));
	}

	@GetMapping("/retirement")
	@Operation(summary = "Officials who retire under normal conditions within N months")
	List<DueLists.Entry> retirement(@RequestParam(defaultValue = "12") int months) {
		return lists.retiring(months);
	}

	@GetMapping("/retirement.xlsx")
	ResponseEntity<StreamingResponseBody> retirementSheet(@RequestParam(defaultValue = "12") int months) {
		return sheets.download(true, lists.retiring(months));
	}

}
