package vn.congvu.position.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.catalog.Catalog;
import vn.congvu.position.PositionSchemeBook;
import vn.congvu.position.SchemeStatus;
import vn.congvu.position.SchemeView;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.Role;
import vn.congvu.shared.web.Formats;

/**
 * The job-position scheme pages: a unit's versions, one version with its positions and rank structure, what changed
 * from the version it revises, and the steps of its life cycle (submit, approve under a decision, return, revise).
 */
@Controller
class SchemeController {

	/** The approval and return forms, as typed. */
	static class StepForm {

		private @Nullable Long version;

		private @Nullable String decisionNumber;

		private @Nullable String decisionDate;

		private @Nullable String decisionIssuer;

		private @Nullable String signer;

		private @Nullable String effectiveFrom;

		private @Nullable String note;

		public @Nullable Long getVersion() { return version; }
		public void setVersion(@Nullable Long version) { this.version = version; }
		public @Nullable String getDecisionNumber() { return decisionNumber; }
		public void setDecisionNumber(@Nullable String decisionNumber) { this.decisionNumber = decisionNumber; }
		public @Nullable String getDecisionDate() { return decisionDate; }
		public void setDecisionDate(@Nullable String decisionDate) { this.decisionDate = decisionDate; }
		public @Nullable String getDecisionIssuer() { return decisionIssuer; }
		public void setDecisionIssuer(@Nullable String decisionIssuer) { this.decisionIssuer = decisionIssuer; }
		public @Nullable String getSigner() { return signer; }
		public void setSigner(@Nullable String signer) { this.signer = signer; }
		public @Nullable String getEffectiveFrom() { return effectiveFrom; }
		public void setEffectiveFrom(@Nullable String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
		public @Nullable String getNote() { return note; }
		public void setNote(@Nullable String note) { this.note = note; }

	}

	private final PositionSchemeBook schemes;

	private final Catalog catalog;

	private final org.springframework.context.MessageSource messages;

	private final vn.congvu.organization.UnitDirectory units;

	private final java.time.Clock clock;

	SchemeController(PositionSchemeBook schemes, Catalog catalog, org.springframework.context.MessageSource messages,
			vn.congvu.organization.UnitDirectory units, java.time.Clock clock) {
		this.units = units;
		this.clock = clock;
		this.schemes = schemes;
		this.catalog = catalog;
		this.messages = messages;
	}

	private String text(DomainException ex) {
		return messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(),
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	@GetMapping("/units/{unitId}/position-schemes")
	String list(@PathVariable long unitId, Model model) {
		var versions = schemes.schemesOf(unitId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("versions", versions);
		model.addAttribute("unitName", versions.isEmpty()
				? units.namesAsOf(java.util.List.of(unitId), LocalDate.now(clock)).get(unitId) : versions.get(0).unitName());
		var role = Caller.current().map(Caller::role).orElse(null);
		model.addAttribute("canStart", (role == Role.HOME_AFFAIRS || role == Role.UNIT_HR)
				&& versions.stream().noneMatch(v -> !v.status().decided()));
		return "position/list";
	}

	@GetMapping("/position-schemes/{id}")
	String show(@PathVariable long id, Model model) {
		var scheme = schemes.get(id);
		return detail(scheme, form(scheme), model);
	}

	@GetMapping("/position-schemes/{id}/diff")
	String diff(@PathVariable long id, @RequestParam long against, Model model) {
		model.addAttribute("diff", schemes.diff(against, id));
		model.addAttribute("scheme", schemes.get(id));
		return "position/diff";
	}

	@PostMapping("/units/{unitId}/position-schemes/new")
	String start(@PathVariable long unitId, RedirectAttributes redirect, Model model) {
		try {
			var draft = schemes.create(unitId, new vn.congvu.position.SchemeContent("Đề án vị trí việc làm",
					LocalDate.now(clock), java.util.List.of(), java.util.List.of()));
			return "redirect:/position-schemes/" + draft.id() + "/edit";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("stepError", text(ex));
			return "redirect:/units/" + unitId + "/position-schemes";
		}
	}

	@GetMapping("/position-schemes/{id}/edit")
	String editForm(@PathVariable long id, @RequestParam(defaultValue = "0") int more, Model model) {
		var scheme = schemes.get(id);
		if (scheme.status() != SchemeStatus.DRAFT) {
			return "redirect:/position-schemes/" + id;
		}
		var form = SchemeForm.of(scheme);
		form.pad(SchemeForm.SPARE_ROWS + Math.max(0, Math.min(more, 50)));
		return editor(scheme, form, model);
	}

	@PostMapping("/position-schemes/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute("form") SchemeForm form,
			org.springframework.validation.BindingResult result, @RequestParam(required = false) @Nullable String more,
			Model model, RedirectAttributes redirect) {
		var scheme = schemes.get(id);
		var date = Formats.parseDate(form.getAppliesFrom());
		if (date.isEmpty()) {
			result.rejectValue("appliesFrom", form.getAppliesFrom() == null || form.getAppliesFrom().isBlank()
					? "position.scheme.appliesFrom.required" : "date.invalid");
		}
		else {
			try {
				var saved = schemes.edit(id, form.content(date.get()), form.getVersion());
				if (more != null) {
					return "redirect:/position-schemes/" + id + "/edit?more=5";
				}
				redirect.addFlashAttribute("done", "position.page.saved");
				return "redirect:/position-schemes/" + saved.id();
			}
			catch (DomainException ex) {
				vn.congvu.shared.web.FormErrors.reject(result, ex, SchemeController::formField);
			}
			catch (ConcurrencyFailureException ex) {
				result.reject("problem.editConflict");
			}
		}
		form.pad(SchemeForm.SPARE_ROWS);
		return editor(scheme, form, model);
	}

	/** Where the book's field names land on the form: rank-share problems on the shares, the rest as named. */
	static String formField(String field) {
		if (field.startsWith("rankShares")) {
			return "shares";
		}
		if (field.startsWith("positions[") && field.indexOf('.') < 0) {
			return field + ".code";
		}
		return field.equals("positions") ? "title" : field;
	}

	private String editor(SchemeView scheme, SchemeForm form, Model model) {
		model.addAttribute("scheme", scheme);
		model.addAttribute("form", form);
		model.addAttribute("groups", java.util.Arrays.stream(vn.congvu.position.PositionGroup.values()).map(Enum::name)
			.toList());
		var ranks = catalog.ranks(scheme.appliesFrom());
		model.addAttribute("ranks", ranks);
		model.addAttribute("rankCodes", ranks.stream().map(r -> r.code()).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("degrees", catalog.items("PROFESSIONAL_LEVEL"));
		model.addAttribute("theories", catalog.items("POLITICAL_THEORY"));
		model.addAttribute("managements", catalog.items("STATE_MANAGEMENT"));
		model.addAttribute("levels", SchemeForm.LEVELS);
		return "position/edit";
	}

	@PostMapping("/position-schemes/{id}/submit")
	String submit(@PathVariable long id, @ModelAttribute("form") StepForm form, Model model,
			RedirectAttributes redirect) {
		return step(id, form, model, redirect, "position.page.submitted", () -> schemes.submit(id, form.getVersion()));
	}

	@PostMapping("/position-schemes/{id}/return")
	String returnToDraft(@PathVariable long id, @ModelAttribute("form") StepForm form, Model model,
			RedirectAttributes redirect) {
		return step(id, form, model, redirect, "position.page.returned",
				() -> schemes.returnToDraft(id, form.getNote(), form.getVersion()));
	}

	@PostMapping("/position-schemes/{id}/approve")
	String approve(@PathVariable long id, @ModelAttribute("form") StepForm form, Model model,
			RedirectAttributes redirect) {
		return step(id, form, model, redirect, "position.page.approved", () -> {
			var decisionDate = parse(form.getDecisionDate(), "decision.date");
			var effective = form.getEffectiveFrom() == null || form.getEffectiveFrom().isBlank() ? null
					: parse(form.getEffectiveFrom(), "effectiveFrom");
			var decision = new DecisionRef(form.getDecisionNumber(), decisionDate, form.getDecisionIssuer());
			return schemes.approve(id, new PositionSchemeBook.Approval(decision, form.getSigner(), effective),
					form.getVersion());
		});
	}

	@PostMapping("/position-schemes/{id}/revise")
	String revise(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			var draft = schemes.revise(id);
			redirect.addFlashAttribute("done", "position.page.revised");
			return "redirect:/position-schemes/" + draft.id();
		}
		catch (DomainException ex) {
			model.addAttribute("stepError", text(ex));
			var scheme = schemes.get(id);
			return detail(scheme, form(scheme), model);
		}
	}

	private String step(long id, StepForm form, Model model, RedirectAttributes redirect, String done,
			java.util.function.Supplier<SchemeView> action) {
		try {
			action.get();
			redirect.addFlashAttribute("done", done);
			return "redirect:/position-schemes/" + id;
		}
		catch (DomainException ex) {
			model.addAttribute("stepError", text(ex));
		}
		catch (ConcurrencyFailureException ex) {
			model.addAttribute("stepError", text(new vn.congvu.shared.ConflictException("problem.editConflict")));
		}
		return detail(schemes.get(id), form, model);
	}

	private static LocalDate parse(@Nullable String text, String field) {
		return Formats.parseDate(text)
			.orElseThrow(() -> new vn.congvu.shared.InvalidInputException(field,
					text == null || text.isBlank() ? "validation.date.required" : "date.invalid"));
	}

	private StepForm form(SchemeView scheme) {
		var form = new StepForm();
		form.setVersion(scheme.version());
		form.setEffectiveFrom(Formats.DATE.format(scheme.appliesFrom()));
		return form;
	}

	private String detail(SchemeView scheme, StepForm form, Model model) {
		var caller = Caller.current();
		var role = caller.map(Caller::role).orElse(null);
		boolean writer = role == Role.HOME_AFFAIRS || role == Role.UNIT_HR;
		model.addAttribute("scheme", scheme);
		model.addAttribute("form", form);
		model.addAttribute("canSubmit", writer && scheme.status() == SchemeStatus.DRAFT);
		model.addAttribute("canDecide", role == Role.HOME_AFFAIRS && scheme.status() == SchemeStatus.SUBMITTED);
		model.addAttribute("canRevise", writer && scheme.status().decided());
		var rankNames = new java.util.HashMap<String, String>();
		for (var position : scheme.positions()) {
			var code = position.rankCode();
			if (code != null) {
				catalog.rank(code, scheme.appliesFrom()).ifPresent(r -> rankNames.put(code, r.name()));
			}
		}
		model.addAttribute("rankNames", rankNames);
		return "position/detail";
	}

}
