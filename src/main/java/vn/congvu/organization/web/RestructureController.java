package vn.congvu.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.organization.StaffingQuotaBook;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitRestructuring.NewUnit;
import vn.congvu.organization.UnitType;
import vn.congvu.organization.UnitView;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.web.FormErrors;
import vn.congvu.shared.web.Formats;

/**
 * Pages for Home Affairs and the operator: create, amend (rename, recode, retype, move), merge, split and dissolve
 * units, and assign staffing quotas. A rejected form comes back with the user's input and the reason beside the field.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','HOME_AFFAIRS')")
class RestructureController {

	static final List<String> OPERATIONS = List.of("create", "amend", "merge", "split", "dissolve");

	private final UnitDirectory directory;

	private final vn.congvu.organization.UnitChoices choices;

	private final UnitRestructuring restructuring;

	private final StaffingQuotaBook quotas;

	private final Clock clock;

	RestructureController(UnitDirectory directory, UnitRestructuring restructuring, StaffingQuotaBook quotas,
			vn.congvu.organization.UnitChoices choices, Clock clock) {
		this.choices = choices;
		this.directory = directory;
		this.restructuring = restructuring;
		this.quotas = quotas;
		this.clock = clock;
	}

	@org.springframework.web.bind.annotation.InitBinder
	void limitCollections(org.springframework.web.bind.WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(16);
	}

	@GetMapping("/units/restructure")
	String menu(Model model) {
		model.addAttribute("operations", OPERATIONS);
		return "units/restructure-menu";
	}

	@GetMapping("/units/restructure/{operation}")
	String form(@PathVariable String operation, @RequestParam(required = false) @Nullable Long unitId, Model model) {
		checkOperation(operation);
		var form = new RestructureForm();
		form.setUnitId(unitId);
		form.setEffectiveDate(Formats.DATE.format(LocalDate.now(clock)));
		return show(operation, form, model);
	}

	@PostMapping("/units/restructure/{operation}")
	String submit(@PathVariable String operation, @ModelAttribute("form") RestructureForm form, BindingResult result,
			Model model, RedirectAttributes redirect, @RequestParam(required = false) @Nullable String refresh) {
		checkOperation(operation);
		if (refresh != null) {
			return show(operation, form, model);
		}
		var date = date(form.getEffectiveDate(), "effectiveDate", result);
		var decision = decision(form, result);
		if (result.hasErrors() || date == null || decision == null) {
			return show(operation, form, model);
		}
		try {
			var outcome = switch (operation) {
				case "create" -> restructuring.create(new UnitRestructuring.CreateUnit(
						new NewUnit(form.getCode(), text(form.getName()), type(form.getType(), "type"), form.getParentId()),
						date, decision, form.getNote()));
				case "amend" -> restructuring.amend(new UnitRestructuring.AmendUnit(requireUnit(form),
						blankToNull(form.getName()), blankToNull(form.getCode()),
						blankToNull(form.getType()) == null ? null : type(form.getType(), "type"), form.getParentId(),
						date, decision, form.getNote()));
				case "merge" -> restructuring.merge(new UnitRestructuring.MergeUnits(form.getSourceIds(),
						form.getTargetId(), form.getTargetId() != null ? null
								: new NewUnit(form.getCode(), text(form.getName()), type(form.getType(), "type"),
										form.getParentId()),
						date, decision, form.getNote()));
				case "split" -> split(form, date, decision);
				case "dissolve" -> restructuring.dissolve(
						new UnitRestructuring.DissolveUnit(requireUnit(form), date, decision, form.getNote()));
				default -> throw new IllegalStateException(operation);
			};
			redirect.addFlashAttribute("done", "restructure.done." + operation);
			long shown = !outcome.createdUnitIds().isEmpty() ? outcome.createdUnitIds().get(0)
					: form.getTargetId() != null ? form.getTargetId() : requireUnit(form);
			return "redirect:/units/" + shown + "?asOf=" + Formats.DATE.format(date);
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex, RestructureController::formField);
		}
		catch (ConcurrencyFailureException ex) {
			result.reject("problem.editConflict");
		}
		return show(operation, form, model);
	}

	private UnitRestructuring.Outcome split(RestructureForm form, LocalDate date, DecisionRef decision) {
		var parts = new ArrayList<UnitRestructuring.SplitPart>();
		for (int i = 0; i < form.getParts().size(); i++) {
			var p = form.getParts().get(i);
			if (p.isBlank()) {
				continue;
			}
			int index = i;
			var children = form.getChildParts().entrySet().stream()
				.filter(e -> e.getValue() != null && e.getValue() == index)
				.map(Map.Entry::getKey)
				.toList();
			parts.add(new UnitRestructuring.SplitPart(
					new NewUnit(p.getCode(), text(p.getName()), type(p.getType(), "parts"), p.getParentId()), children));
		}
		return restructuring.split(new UnitRestructuring.SplitUnit(requireUnit(form), parts, form.isKeepSource(), date,
				decision, form.getNote()));
	}

	@GetMapping("/units/{id}/quota")
	String quotaForm(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year, Model model) {
		var unit = directory.require(id, LocalDate.now(clock));
		var form = new QuotaForm();
		int chosen = year == null ? LocalDate.now(clock).getYear() : year;
		form.setYear(chosen);
		quotas.quotasOf(id).stream().filter(q -> q.year() == chosen).findFirst().ifPresent(q -> {
			form.setCivilServants(q.civilServants());
			form.setPublicEmployees(q.publicEmployees());
			form.setVersion(q.version());
			form.setDecisionNumber(q.decision().number());
			form.setDecisionDate(Formats.DATE.format(q.decision().date()));
			form.setDecisionIssuer(q.decision().issuer());
		});
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		return "units/quota";
	}

	@PostMapping("/units/{id}/quota")
	String quota(@PathVariable long id, @ModelAttribute("form") QuotaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var unit = directory.require(id, LocalDate.now(clock));
		model.addAttribute("unit", unit);
		if (result.hasErrors()) {
			return "units/quota";
		}
		var decisionDate = date(form.getDecisionDate(), "decisionDate", result);
		DecisionRef decision = null;
		try {
			if (decisionDate != null) {
				decision = new DecisionRef(form.getDecisionNumber(), decisionDate, form.getDecisionIssuer());
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, RestructureController::formField);
		}
		if (result.hasErrors() || decision == null) {
			return "units/quota";
		}
		try {
			quotas.assign(new StaffingQuotaBook.AssignQuota(id, form.getYear(), form.getCivilServants(),
					form.getPublicEmployees(), decision, form.getVersion()));
			redirect.addFlashAttribute("done", "quota.saved");
			return "redirect:/units/" + id;
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex, RestructureController::formField);
		}
		catch (ConcurrencyFailureException ex) {
			result.reject("problem.editConflict");
		}
		return "units/quota";
	}

	private String show(String operation, RestructureForm form, Model model) {
		var date = Formats.parseDate(form.getEffectiveDate()).orElse(LocalDate.now(clock));
		var units = directory.unitsAsOf(date);
		model.addAttribute("operation", operation);
		model.addAttribute("form", form);
		model.addAttribute("units", units);
		model.addAttribute("choices", choices.on(date));
		model.addAttribute("listDate", date);
		model.addAttribute("types", UnitType.values());
		Optional<UnitView> selected = form.getUnitId() == null ? Optional.empty()
				: directory.unit(form.getUnitId(), date);
		model.addAttribute("selected", selected.orElse(null));
		model.addAttribute("children",
				selected.map(s -> directory.childrenAsOf(s.id(), date)).orElse(List.of()));
		return "units/restructure";
	}

	private static void checkOperation(String operation) {
		if (!OPERATIONS.contains(operation)) {
			throw new vn.congvu.shared.NotFoundException("problem.notFound");
		}
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			result.rejectValue(field, "validation.date.required");
			return null;
		}
		var parsed = Formats.parseDate(text);
		if (parsed.isEmpty()) {
			result.rejectValue(field, "date.invalid");
			return null;
		}
		return parsed.get();
	}

	private static @Nullable DecisionRef decision(RestructureForm form, BindingResult result) {
		var date = date(form.getDecisionDate(), "decisionDate", result);
		if (date == null) {
			return null;
		}
		try {
			return new DecisionRef(form.getDecisionNumber(), date, form.getDecisionIssuer());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, RestructureController::formField);
			return null;
		}
	}

	private static long requireUnit(RestructureForm form) {
		if (form.getUnitId() == null) {
			throw new InvalidInputException("unitId", "organization.unit.required");
		}
		return form.getUnitId();
	}

	private static UnitType type(@Nullable String text, String field) {
		try {
			return UnitType.valueOf(text == null ? "" : text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "organization.unit.type.required");
		}
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** Where on the form a field named by the domain goes. */
	static String formField(String domainField) {
		var field = domainField.replaceAll("^(unit|newTarget)\\.", "");
		if (field.startsWith("parts")) {
			return "parts";
		}
		return switch (field) {
			case "decision", "decision.number" -> "decisionNumber";
			case "decision.date" -> "decisionDate";
			case "decision.issuer" -> "decisionIssuer";
			case "effectiveDate", "name", "code", "type", "parentId", "sourceIds", "targetId", "unitId", "note",
					"year", "civilServants", "publicEmployees" -> field;
			default -> "unitId";
		};
	}

}
