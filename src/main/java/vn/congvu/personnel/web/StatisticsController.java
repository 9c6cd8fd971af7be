package vn.congvu.personnel.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitView;
import vn.congvu.personnel.WorkforceStatistics;
import vn.congvu.shared.Caller;
import vn.congvu.shared.web.Formats;

/**
 * The workforce statistics page: a scope and a date, a row per unit with people and the total, and the XLSX (served
 * by the API's spreadsheet at the same parameters through {@code /statistics/workforce.xlsx}).
 */
@Controller
class StatisticsController {

	private final WorkforceStatistics statistics;

	private final UnitDirectory units;

	private final Clock clock;

	StatisticsController(WorkforceStatistics statistics, UnitDirectory units, Clock clock) {
		this.statistics = statistics;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/statistics/workforce")
	String page(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String asOf, Model model) {
		var parsed = Formats.parseDate(asOf);
		var day = parsed.orElse(LocalDate.now(clock));
		var root = Caller.current().map(Caller::scopeUnitId).orElse(null);
		Long asked = null;
		try {
			asked = scope == null || scope.isBlank() ? null : Long.valueOf(scope.strip());
		}
		catch (NumberFormatException ex) {
			asked = null;
		}
		var scopes = scopes(root, day);
		long chosen = asked != null ? asked : root != null ? root : scopes.isEmpty() ? 0 : scopes.get(0).id();
		var result = statistics.compute(chosen, day);
		model.addAttribute("result", result);
		model.addAttribute("scopes", scopes);
		model.addAttribute("chosen", chosen);
		model.addAttribute("asOfText", Formats.DATE.format(day));
		model.addAttribute("dateError", asOf != null && !asOf.isBlank() && parsed.isEmpty());
		model.addAttribute("unitNames", units.namesAsOf(result.units().stream().map(WorkforceStatistics.Line::unitId)
			.toList(), day));
		return "statistics/workforce";
	}

	private List<UnitView> scopes(@Nullable Long root, LocalDate date) {
		var all = units.unitsAsOf(date);
		if (root == null) {
			return all;
		}
		var ids = new java.util.HashSet<Long>();
		for (long id : units.unitsInScopeOn(root, date)) {
			ids.add(id);
		}
		return all.stream().filter(u -> ids.contains(u.id())).toList();
	}

}
