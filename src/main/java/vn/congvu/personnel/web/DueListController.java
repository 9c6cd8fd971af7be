package vn.congvu.personnel.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.congvu.personnel.DueListSheet;
import vn.congvu.personnel.DueLists;

/** The watch lists page: due for a salary step, and reaching retirement, with their XLSX downloads. */
@Controller
class DueListController {

	private final DueLists lists;

	private final DueListSheet sheets;

	DueListController(DueLists lists, DueListSheet sheets) {
		this.lists = lists;
		this.sheets = sheets;
	}

	@GetMapping("/officials/due")
	String due(@RequestParam(defaultValue = "salary-step") String list, @RequestParam(defaultValue = "6") int months,
			Model model) {
		var retirement = list.equals("retirement");
		int safeMonths = Math.max(1, Math.min(months, DueLists.MAX_MONTHS));
		model.addAttribute("list", retirement ? "retirement" : "salary-step");
		model.addAttribute("months", safeMonths);
		model.addAttribute("entries", retirement ? lists.retiring(safeMonths) : lists.dueForSalaryStep(safeMonths));
		return "officials/due";
	}

	@GetMapping("/officials/due.xlsx")
	ResponseEntity<StreamingResponseBody> download(@RequestParam(defaultValue = "salary-step") String list,
			@RequestParam(defaultValue = "6") int months) {
		var retirement = list.equals("retirement");
		return sheets.download(retirement, retirement ? lists.retiring(months) : lists.dueForSalaryStep(months));
	}

}
