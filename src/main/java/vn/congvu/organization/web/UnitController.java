package vn.congvu.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congvu.organization.StaffingQuotaBook;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitView;
import vn.congvu.shared.web.Formats;

/** Pages: the organisation tree as of a date the user picks, and one unit with its history and quotas. */
@Controller
class UnitController {

	private final UnitDirectory directory;

	private final StaffingQuotaBook quotas;

	private final Clock clock;

	UnitController(UnitDirectory directory, StaffingQuotaBook quotas, Clock clock) {
		this.directory = directory;
		this.quotas = quotas;
		this.clock = clock;
	}

	@GetMapping("/units")
	String tree(@RequestParam(required = false) @Nullable String asOf, Model model) {
		var today = LocalDate.now(clock);
		LocalDate date = today;
		if (asOf != null && !asOf.isBlank()) {
			var parsed = Formats.parseDate(asOf);
			if (parsed.isEmpty()) {
				model.addAttribute("asOfError", true);
			}
			else {
				date = parsed.get();
			}
		}
		var units = directory.unitsAsOf(date);
		model.addAttribute("asOf", date);
		model.addAttribute("asOfText", asOf != null && model.containsAttribute("asOfError") ? asOf : Formats.DATE.format(date));
		model.addAttribute("tree", UnitTreeNode.build(units));
		model.addAttribute("count", units.size());
		return "units/tree";
	}

	@GetMapping("/units/{id}")
	String unit(@PathVariable long id, @RequestParam(required = false) @Nullable String asOf, Model model) {
		var date = Formats.parseDate(asOf).orElse(LocalDate.now(clock));
		var unit = directory.require(id, date);
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", date);
		model.addAttribute("exists", directory.existsOn(id, date));
		model.addAttribute("ancestors", reversed(directory.ancestorsAsOf(id, date)));
		model.addAttribute("children", directory.childrenAsOf(id, date));
		model.addAttribute("versions", directory.versions(id));
		model.addAttribute("history", directory.history(id));
		model.addAttribute("quotas", quotas.quotasOf(id));
		return "units/detail";
	}

	private static List<UnitView> reversed(List<UnitView> list) {
		var copy = new java.util.ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

}
