package vn.congvu.personnel.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.EmploymentStatus;
import vn.congvu.personnel.OfficialSearch;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.web.Formats;

/** Pages: finding officials, and an official's record with their career as a timeline of decisions. */
@Controller
class OfficialController {

	private final OfficialSearch search;

	private final PersonnelRegistry registry;

	private final UnitDirectory units;

	private final Clock clock;

	OfficialController(OfficialSearch search, PersonnelRegistry registry, UnitDirectory units, Clock clock) {
		this.search = search;
		this.registry = registry;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/officials")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable EmploymentStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var parsed = Formats.parseDate(asOf);
		var date = parsed.orElse(LocalDate.now(clock));
		model.addAttribute("asOfError", asOf != null && !asOf.isBlank() && parsed.isEmpty());
		model.addAttribute("asOfText", asOf != null && !asOf.isBlank() && parsed.isEmpty() ? asOf : Formats.DATE.format(date));
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("status", status);
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", EmploymentStatus.values());
		model.addAttribute("result", search.search(new OfficialSearch.Criteria(q, null, true, date, category, status,
				Math.max(0, page), 20)));
		return "officials/list";
	}

	@GetMapping("/officials/{id}")
	String record(@PathVariable long id, Model model) {
		var today = LocalDate.now(clock);
		var official = registry.official(id).orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		var actions = registry.actions(id);
		var history = registry.employmentHistory(id);
		var unitIds = new java.util.HashSet<Long>();
		actions.forEach(a -> {
			if (a.unitId() != null) {
				unitIds.add(a.unitId());
			}
		});
		history.forEach(p -> unitIds.add(p.unitId()));
		model.addAttribute("official", official);
		model.addAttribute("actions", actions);
		model.addAttribute("history", history);
		model.addAttribute("now", registry.employment(id, today).orElse(null));
		model.addAttribute("forecast", registry.forecast(id, today));
		model.addAttribute("unitNames", units.namesAsOf(unitIds, today));
		return "officials/record";
	}

}
