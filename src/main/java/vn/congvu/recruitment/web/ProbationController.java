package vn.congvu.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.recruitment.Probations;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.web.FormValues;
import vn.congvu.shared.web.Formats;

/**
 * The probation page: who is on probation in the caller's scope and when it ends, and the end-of-probation
 * assessment. A refused assessment is shown with its reason and what was typed is kept; nothing half-done stays.
 */
@Controller
class ProbationController {

	private final Probations probations;

	private final UnitDirectory units;

	private final MessageSource messages;

	private final Clock clock;

	private final vn.congvu.catalog.Catalog catalog;

	ProbationController(Probations probations, UnitDirectory units, vn.congvu.catalog.Catalog catalog,
			MessageSource messages, Clock clock) {
		this.catalog = catalog;
		this.probations = probations;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/recruitment/probations")
	String list(@RequestParam(required = false) @Nullable String asOf, Model model) {
		var day = Formats.parseDate(asOf).orElse(LocalDate.now(clock));
		var list = probations.onProbation(day);
		model.addAttribute("asOf", Formats.DATE.format(day));
		model.addAttribute("probations", list);
		model.addAttribute("unitNames", units.namesAsOf(list.stream().map(Probations.Probation::unitId).distinct()
			.toList(), day));
		// each rank's code with its name on the day ("01.003 Chuyên viên")
		var rankNames = new java.util.HashMap<String, String>();
		for (var p : list) {
			if (p.rankCode() != null) {
				rankNames.computeIfAbsent(p.rankCode(), code -> catalog.rankLabel(code, day));
			}
		}
		model.addAttribute("rankNames", rankNames);
		model.addAttribute("today", Formats.DATE.format(LocalDate.now(clock)));
		return "recruitment/probations";
	}

	@PostMapping("/recruitment/probations/assessment")
	String assess(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			var official = FormValues.number(form.get("officialId"));
			if (official == null) {
				throw new vn.congvu.shared.InvalidInputException("officialId", "recruitment.probation.choose");
			}
			var result = FormValues.enumOf(Probations.Result.class, form.get("result"));
			var decisionDate = FormValues.date(form.get("decisionDate"));
			@SuppressWarnings("NullAway")
			var decision = new DecisionRef(form.get("decisionNumber"), decisionDate, form.get("decisionIssuer"));
			probations.assess(official, new Probations.Assessment(result, FormValues.date(form.get("assessedOn")),
					form.get("guideName"), form.get("comments"), decision, form.get("signer")));
			redirect.addFlashAttribute("done", "recruitment.probation.page.assessed");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("stepError", messages.getMessage(ex.messageCode(), ex.arguments(),
					ex.messageCode(), LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/recruitment/probations";
	}

}
