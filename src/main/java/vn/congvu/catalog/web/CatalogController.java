package vn.congvu.catalog.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congvu.catalog.Catalog;
import vn.congvu.shared.web.Formats;

/** The reference-data page: ranks and salary scales as of a date, base salaries, reference lists. */
@Controller
class CatalogController {

	private final Catalog catalog;

	private final Clock clock;

	CatalogController(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/catalog")
	String catalog(@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(defaultValue = "ETHNIC_GROUP") String list, Model model) {
		var parsed = Formats.parseDate(asOf);
		var date = parsed.orElse(LocalDate.now(clock));
		model.addAttribute("asOf", date);
		model.addAttribute("asOfError", asOf != null && !asOf.isBlank() && parsed.isEmpty());
		model.addAttribute("asOfText", asOf != null && parsed.isEmpty() ? asOf : Formats.DATE.format(date));
		model.addAttribute("ranks", catalog.ranks(date));
		model.addAttribute("scales", catalog.salaryScaleCodes().stream().map(c -> catalog.salaryScale(c, date)).toList());
		model.addAttribute("baseSalaries", catalog.baseSalaries());
		model.addAttribute("baseSalary", catalog.baseSalary(date).orElse(null));
		model.addAttribute("lists", Catalog.LISTS);
		model.addAttribute("list", Catalog.LISTS.contains(list) ? list : "ETHNIC_GROUP");
		model.addAttribute("items", catalog.items(Catalog.LISTS.contains(list) ? list : "ETHNIC_GROUP"));
		return "catalog/index";
	}

}
