package vn.congvu.personnel.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitChoices;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.web.FormErrors;
import vn.congvu.shared.web.FormValues;
import vn.congvu.shared.web.Formats;

/**
 * Enrolling a person: their identity and the recruitment (or intake) decision that starts their career, checked by the
 * same rules as the API (citizen id against birth and sex, the unit in reach on the day, the rank in force, the ages of
 * service). Errors stand beside their field and what was typed stays.
 */
@Controller
class EnrolController {

	private final PersonnelRegistry registry;

	private final Catalog catalog;

	private final UnitChoices unitChoices;

	private final UnitDirectory units;

	private final Clock clock;

	EnrolController(PersonnelRegistry registry, Catalog catalog, UnitChoices unitChoices, UnitDirectory units,
			Clock clock) {
		this.registry = registry;
		this.catalog = catalog;
		this.unitChoices = unitChoices;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/officials/new")
	String form(Model model) {
		var today = LocalDate.now(clock);
		var form = new EnrolForm();
		form.setStartDate(Formats.DATE.format(today));
		form.setDecisionDate(Formats.DATE.format(today));
		form.setEthnicGroup("01");
		form.setDecisionIssuer(ActionController.issuer(units, today));
		return show(form, model);
	}

	@PostMapping("/officials/new")
	String enrol(@ModelAttribute("form") EnrolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var birth = FormValues.date(form.getDateOfBirth(), "dateOfBirth", result, true);
		var start = FormValues.date(form.getStartDate(), "startDate", result, true);
		var decisionDate = FormValues.date(form.getDecisionDate(), "decisionDate", result, true);
		var sex = FormValues.enumOf(Sex.class, form.getSex());
		if (sex == null) {
			result.rejectValue("sex", "personnel.sex.required");
		}
		var category = FormValues.enumOf(Category.class, form.getCategory());
		if (category == null) {
			result.rejectValue("category", "personnel.action.categoryRequired");
		}
		var unitId = FormValues.number(form.getUnitId());
		if (unitId == null) {
			result.rejectValue("unitId", "personnel.action.unitRequired");
		}
		Integer step = 1;
		if (form.getSalaryStep() != null && !form.getSalaryStep().isBlank()) {
			step = FormValues.integer(form.getSalaryStep());
			if (step == null || step < 1) {
				result.rejectValue("salaryStep", "personnel.action.stepInvalid");
			}
		}
		var kind = FormValues.enumOf(ActionKind.class, form.getKind());
		var decision = ActionController.decision(form.getDecisionNumber(), decisionDate, form.getDecisionIssuer(), result);
		if (!result.hasErrors() && birth != null && start != null && decision != null) {
			try {
				var created = registry.enrol(new PersonnelRegistry.EnrolOfficial(FormValues.text(form.getCitizenId()),
						FormValues.text(form.getFullName()), birth, form.isBirthYearOnly(), sex, FormValues.text(form.getEthnicGroup()),
						unitId, category, FormValues.text(form.getRankCode()), step, start, decision, FormValues.text(form.getSigner()),
						kind == ActionKind.RECEPTION));
				redirect.addFlashAttribute("done", "personnel.official.enrolled");
				return "redirect:/officials/" + created.id() + "?tab=career";
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex, EnrolController::formField);
			}
		}
		return show(form, model);
	}

	/** The enrolment form's field for a field the domain names. */
	static String formField(String field) {
		return switch (field) {
			case "effectiveDate", "kind" -> "startDate";
			default -> ActionController.formField(field).equals("effectiveDate") ? "startDate"
					: ActionController.formField(field);
		};
	}

	private String show(EnrolForm form, Model model) {
		var day = Formats.parseDate(form.getStartDate()).orElse(LocalDate.now(clock));
		model.addAttribute("form", form);
		model.addAttribute("unitChoices", unitChoices.on(day));
		model.addAttribute("ranks", catalog.ranks(day));
		model.addAttribute("categories", Category.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("ethnicGroups", catalog.items("ETHNIC_GROUP"));
		model.addAttribute("kinds", new ActionKind[] { ActionKind.RECRUITMENT, ActionKind.RECEPTION });
		return "officials/new";
	}

}
