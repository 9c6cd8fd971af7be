package vn.congvu.personnel.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.RankView;
import vn.congvu.organization.UnitChoices;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.ActionPreview;
import vn.congvu.personnel.ActionView;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.EmploymentPeriod;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.personnel.ProbationRule;
import vn.congvu.position.JobPosition;
import vn.congvu.position.JobPositions;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.web.FormErrors;
import vn.congvu.shared.web.FormValues;
import vn.congvu.shared.web.Formats;

/**
 * Recording a personnel decision from an official's record: the form of each kind, pre-filled by the record and the
 * rules of the date (the next salary step and its day, the retirement day, the end of probation), a preview of what
 * will change checked by every rule the save applies, and the save. Errors stand beside the field they concern.
 */
@Controller
class ActionController {

	/** The kinds a page records about someone already employed, in the order an HR officer meets them. */
	static final List<ActionKind> OFFERED = List.of(ActionKind.SALARY_STEP, ActionKind.ALLOWANCE_CHANGE,
			ActionKind.RANK_CHANGE, ActionKind.END_OF_PROBATION, ActionKind.TRANSFER, ActionKind.REASSIGNMENT,
			ActionKind.ROTATION, ActionKind.REORGANIZATION_MOVE, ActionKind.SECONDMENT, ActionKind.APPOINTMENT,
			ActionKind.REAPPOINTMENT, ActionKind.DISMISSAL_FROM_POST, ActionKind.POSITION_ASSIGNMENT,
			ActionKind.CONCURRENT_POST, ActionKind.END_OF_CONCURRENT_POST, ActionKind.DISCIPLINE,
			ActionKind.RETIREMENT, ActionKind.RESIGNATION, ActionKind.CANCELLATION, ActionKind.RECRUITMENT,
			ActionKind.RECEPTION);

	/**
	 * The fields a kind's form shows.
	 *
	 * @param position whether it names a job position; {@code positionRequired} whether it must
	 */
	record Fields(boolean unit, boolean endDate, boolean category, boolean rank, boolean step, boolean stepStart,
			boolean outOfSequence, boolean title, boolean position, boolean positionRequired, boolean cancels,
			boolean note) {

		static Fields of(ActionKind kind) {
			var stepKinds = EnumSet.of(ActionKind.SALARY_STEP, ActionKind.RANK_CHANGE, ActionKind.RECRUITMENT,
					ActionKind.RECEPTION);
			return new Fields(kind.needsUnit(), kind == ActionKind.SECONDMENT, kind.startsEmployment(),
					kind.startsEmployment() || kind == ActionKind.RANK_CHANGE, stepKinds.contains(kind),
					kind == ActionKind.SALARY_STEP || kind == ActionKind.RANK_CHANGE, kind == ActionKind.SALARY_STEP,
					kind == ActionKind.APPOINTMENT || kind == ActionKind.REAPPOINTMENT, kind.placesInPosition(),
					kind.needsPosition(), kind == ActionKind.CANCELLATION, true);
		}

		/** The form's fields shown, by name, for errors: one the form does not show goes above the form. */
		Set<String> names() {
			var names = new HashSet<>(Set.of("effectiveDate", "note", "decisionNumber", "decisionDate",
					"decisionIssuer", "signer", "legalBasis"));
			if (unit) {
				names.add("unitId");
			}
			if (endDate) {
				names.add("endDate");
			}
			if (category) {
				names.add("category");
			}
			if (rank) {
				names.add("rankCode");
			}
			if (step) {
				names.add("salaryStep");
			}
			if (stepStart) {
				names.add("stepStart");
			}
			if (title) {
				names.add("positionTitle");
			}
			if (position) {
				names.add("positionCode");
			}
			if (cancels) {
				names.add("cancelsActionId");
			}
			return names;
		}

	}

	/** One line of the preview: what the record says on the day without the decision, and with it. */
	record Change(String label, String before, String after) {

		public boolean changed() {
			return !before.equals(after);
		}

	}

	private final PersonnelRegistry registry;

	private final PersonnelRecords records;

	private final Catalog catalog;

	private final UnitDirectory units;

	private final UnitChoices unitChoices;

	private final JobPositions positions;

	private final org.springframework.context.MessageSource messages;

	private final vn.congvu.personnel.DecisionDocuments documents;

	private final Clock clock;

	ActionController(PersonnelRegistry registry, PersonnelRecords records, Catalog catalog, UnitDirectory units,
			UnitChoices unitChoices, JobPositions positions, org.springframework.context.MessageSource messages,
			vn.congvu.personnel.DecisionDocuments documents, Clock clock) {
		this.documents = documents;
		this.registry = registry;
		this.records = records;
		this.catalog = catalog;
		this.units = units;
		this.unitChoices = unitChoices;
		this.positions = positions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/officials/{id}/actions/new")
	String form(@PathVariable long id, @RequestParam(required = false) @Nullable String kind, Model model) {
		registry.requireChangeable(id);
		var today = LocalDate.now(clock);
		var overview = records.overview(id, today)
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		var chosen = FormValues.enumOf(ActionKind.class, kind);
		var form = new ActionForm();
		if (chosen != null) {
			prefill(form, chosen, overview, today);
		}
		return show(overview, chosen, form, null, model);
	}

	@PostMapping("/officials/{id}/actions/new")
	String save(@PathVariable long id, @ModelAttribute("form") ActionForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String preview, Model model, RedirectAttributes redirect) {
		registry.requireChangeable(id);
		var today = LocalDate.now(clock);
		var overview = records.overview(id, today)
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		var kind = FormValues.enumOf(ActionKind.class, form.getKind());
		if (kind == null || !OFFERED.contains(kind)) {
			return show(overview, null, new ActionForm(), null, model);
		}
		var fields = Fields.of(kind);
		var command = command(kind, fields, form, result);
		ActionPreview shown = null;
		if (command != null && !result.hasErrors()) {
			try {
				if (preview != null) {
					shown = registry.preview(id, command);
				}
				else {
					var saved = registry.record(id, command);
					redirect.addFlashAttribute("done", "personnel.action.recorded");
					redirect.addFlashAttribute("recordedAction", saved.id());
					return "redirect:/officials/" + id + "?tab=career";
				}
			}
			catch (DomainException ex) {
				var shownFields = fields.names();
				FormErrors.reject(result, ex, field -> formField(field));
				if (ex instanceof InvalidInputException invalid && !shownFields.contains(formField(invalid.field()))) {
					// a rule about a field this kind's form does not show: above the form, not lost
					result.reject(ex.messageCode(), ex.arguments(), ex.messageCode());
				}
			}
		}
		return show(overview, kind, form, shown, model);
	}

	/** The decision document of a recorded action, for signature (Decree 30/2020 layout), as DOCX or PDF. */
	@GetMapping("/officials/{id}/decisions/{actionId}.{format}")
	org.springframework.http.ResponseEntity<byte[]> decision(@PathVariable long id, @PathVariable long actionId,
			@PathVariable String format) throws java.io.IOException {
		return vn.congvu.shared.web.Downloads.document(documents.of(id, actionId),
				"quyet-dinh-" + id + "-" + actionId, format);
	}

	/**
	 * The decision a form names (number, date, issuer), or {@code null} without a date; what the decision's own rules
	 * refuse goes beside its field. Shared by the decision and enrolment pages.
	 */
	static @Nullable DecisionRef decision(@Nullable String number, @Nullable LocalDate date, @Nullable String issuer,
			org.springframework.validation.BindingResult result) {
		if (date == null) {
			return null;
		}
		try {
			return new DecisionRef(FormValues.text(number), date, FormValues.text(issuer));
		}
		catch (InvalidInputException ex) {
			result.rejectValue(formField(ex.field()), ex.messageCode(), ex.arguments(), ex.messageCode());
			return null;
		}
	}

	/** The form's field for a field the domain names. */
	static String formField(String field) {
		return switch (field) {
			case "decision", "decision.number" -> "decisionNumber";
			case "decision.date" -> "decisionDate";
			case "decision.issuer" -> "decisionIssuer";
			case "decision.signer" -> "signer";
			case "startDate", "date" -> "effectiveDate";
			default -> field;
		};
	}

	private PersonnelRegistry.@Nullable RecordAction command(ActionKind kind, Fields fields, ActionForm form,
			BindingResult result) {
		var effective = FormValues.date(form.getEffectiveDate(), "effectiveDate", result, true);
		var end = fields.endDate() ? FormValues.date(form.getEndDate(), "endDate", result, true) : null;
		var stepStart = fields.stepStart() ? FormValues.date(form.getStepStart(), "stepStart", result, false) : null;
		var decisionDate = FormValues.date(form.getDecisionDate(), "decisionDate", result, true);
		Integer step = null;
		if (fields.step() && form.getSalaryStep() != null && !form.getSalaryStep().isBlank()) {
			step = FormValues.integer(form.getSalaryStep());
			if (step == null || step < 1) {
				result.rejectValue("salaryStep", "personnel.action.stepInvalid");
			}
		}
		Long unitId = null;
		if (fields.unit()) {
			unitId = FormValues.number(form.getUnitId());
			if (unitId == null) {
				result.rejectValue("unitId", "personnel.action.unitRequired");
			}
		}
		Category category = null;
		if (fields.category()) {
			category = FormValues.enumOf(Category.class, form.getCategory());
			if (category == null) {
				result.rejectValue("category", "personnel.action.categoryRequired");
			}
		}
		Long cancels = null;
		if (fields.cancels()) {
			cancels = FormValues.number(form.getCancelsActionId());
			if (cancels == null) {
				result.rejectValue("cancelsActionId", "personnel.action.cancelsRequired");
			}
		}
		if (fields.title() && (form.getPositionTitle() == null || form.getPositionTitle().isBlank())) {
			result.rejectValue("positionTitle", "personnel.action.titleRequired");
		}
		if (kind == ActionKind.DISCIPLINE && (form.getNote() == null || form.getNote().isBlank())) {
			result.rejectValue("note", "personnel.action.penaltyRequired");
		}
		var decision = decision(form.getDecisionNumber(), decisionDate, form.getDecisionIssuer(), result);
		if (result.hasErrors() || effective == null || decision == null) {
			return null;
		}
		return new PersonnelRegistry.RecordAction(kind, effective, end, decision, FormValues.text(form.getSigner()),
				FormValues.text(form.getLegalBasis()), unitId, category, fields.rank() ? FormValues.text(form.getRankCode()) : null, step,
				stepStart, fields.title() ? FormValues.text(form.getPositionTitle()) : null, FormValues.text(form.getNote()), cancels,
				fields.outOfSequence() && form.isOutOfSequence(),
				fields.position() ? FormValues.text(form.getPositionCode()) : null);
	}

	/** The form as the record and the rules of the date propose it. */
	private void prefill(ActionForm form, ActionKind kind, PersonnelRecords.Overview overview, LocalDate today) {
		form.setKind(kind.name());
		var now = overview.now();
		var forecast = overview.forecast();
		LocalDate effective = today;
		switch (kind) {
			case SALARY_STEP -> {
				if (forecast.nextSalaryStepDate() != null) {
					effective = forecast.nextSalaryStepDate();
				}
				if (now != null && now.salaryStep() != null) {
					form.setSalaryStep(String.valueOf(now.salaryStep() + 1));
				}
			}
			case ALLOWANCE_CHANGE -> {
				if (forecast.seniorityAllowanceFrom() != null && forecast.seniorityAllowanceFrom().isAfter(today)) {
					effective = forecast.seniorityAllowanceFrom();
				}
			}
			case RETIREMENT -> effective = forecast.retirementDate();
			case END_OF_PROBATION -> {
				var end = probationEnd(overview.actions());
				if (end != null) {
					effective = end;
				}
			}
			case REAPPOINTMENT, DISMISSAL_FROM_POST -> {
				if (now != null) {
					form.setPositionTitle(now.positionTitle());
				}
			}
			case RECRUITMENT, RECEPTION -> form.setSalaryStep("1");
			default -> {
			}
		}
		form.setEffectiveDate(Formats.DATE.format(effective));
		form.setDecisionDate(Formats.DATE.format(today));
		form.setDecisionIssuer(issuer(units, today));
	}

	/** The issuer a decision form proposes: the signed-in officer's own unit (its people's decisions are its own). */
	static String issuer(UnitDirectory units, LocalDate today) {
		return Caller.current()
			.map(Caller::scopeUnitId)
			.flatMap(root -> units.unit(root, today))
			.map(unit -> unit.name())
			.orElse("");
	}

	/** The day probation ends for the last recruitment, by the rules of its date; {@code null} without one. */
	private @Nullable LocalDate probationEnd(List<ActionView> actions) {
		for (int i = actions.size() - 1; i >= 0; i--) {
			var a = actions.get(i);
			if (!a.cancelled() && a.kind().startsEmployment() && a.category() != null && a.rankCode() != null) {
				var level = catalog.rank(a.rankCode(), a.effectiveDate()).map(RankView::level).orElse("SPECIALIST");
				return ProbationRule.end(a.category(), a.effectiveDate(), level);
			}
		}
		return null;
	}

	private String show(PersonnelRecords.Overview overview, @Nullable ActionKind kind, ActionForm form,
			@Nullable ActionPreview preview, Model model) {
		var today = LocalDate.now(clock);
		var effective = Formats.parseDate(form.getEffectiveDate()).orElse(today);
		var official = overview.official();
		model.addAttribute("official", official);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", OFFERED);
		model.addAttribute("form", form);
		model.addAttribute("now", overview.now());
		model.addAttribute("forecast", overview.forecast());
		model.addAttribute("names", new OfficialController.CatalogNames(catalog));
		if (kind == null) {
			var here = overview.now() == null ? java.util.Set.<Long>of() : java.util.Set.of(overview.now().unitId());
			model.addAttribute("unitNames", units.namesAsOf(here, effective));
			return "officials/action";
		}
		var fields = Fields.of(kind);
		model.addAttribute("fields", fields);
		if (fields.unit()) {
			model.addAttribute("unitChoices", unitChoices.on(effective));
		}
		if (fields.rank()) {
			model.addAttribute("ranks", catalog.ranks(effective));
		}
		if (fields.category()) {
			model.addAttribute("categories", Category.values());
		}
		if (fields.position()) {
			model.addAttribute("positionChoices", positionChoices(kind, form, overview.now(), effective));
		}
		if (fields.cancels()) {
			var cancellable = new ArrayList<>(overview.actions()
				.stream()
				.filter(a -> !a.cancelled() && a.kind() != ActionKind.CANCELLATION)
				.toList());
			java.util.Collections.reverse(cancellable);
			model.addAttribute("cancellable", cancellable);
		}
		var unitIds = new HashSet<Long>();
		overview.actions().forEach(a -> {
			if (a.unitId() != null) {
				unitIds.add(a.unitId());
			}
		});
		if (overview.now() != null) {
			unitIds.add(overview.now().unitId());
		}
		if (preview != null) {
			for (var p : new EmploymentPeriod[] { preview.before(), preview.after() }) {
				if (p != null) {
					unitIds.add(p.unitId());
					if (p.secondedTo() != null) {
						unitIds.add(p.secondedTo());
					}
				}
			}
		}
		var names = units.namesAsOf(unitIds, effective);
		model.addAttribute("unitNames", names);
		if (preview != null) {
			model.addAttribute("preview", preview);
			model.addAttribute("changes", changes(preview, names));
		}
		return "officials/action";
	}

	/**
	 * The job positions the decision may name: the concurrent posts held, for ending one; otherwise those of the scheme
	 * in force on the day for the unit where the official will be (the chosen unit of a move, else the present one).
	 */
	private List<JobPosition> positionChoices(ActionKind kind, ActionForm form, @Nullable EmploymentPeriod now,
			LocalDate date) {
		Long unitId = kind.needsUnit() ? FormValues.number(form.getUnitId()) : (now == null ? null : now.unitId());
		if (unitId == null) {
			return List.of();
		}
		var scheme = positions.inForce(positions.schemeUnitOf(unitId, date), date);
		if (scheme.isEmpty()) {
			return List.of();
		}
		var all = scheme.get().positions();
		if (kind == ActionKind.END_OF_CONCURRENT_POST && now != null) {
			return all.stream().filter(p -> now.concurrentPositions().contains(p.code())).toList();
		}
		if (kind == ActionKind.CONCURRENT_POST) {
			return all.stream().filter(JobPosition::concurrentAllowed).toList();
		}
		return all;
	}

	private List<Change> changes(ActionPreview preview, Map<Long, String> unitNames) {
		var rows = new ArrayList<Change>();
		var b = preview.before();
		var a = preview.after();
		rows.add(new Change(message("action.preview.unit"), unit(b, unitNames), unit(a, unitNames)));
		rows.add(new Change(message("action.preview.status"), status(b), status(a)));
		rows.add(new Change(message("action.preview.rank"), rank(b, preview.day()), rank(a, preview.day())));
		rows.add(new Change(message("action.preview.step"), step(b), step(a)));
		rows.add(new Change(message("action.preview.stepStart"), date(b == null ? null : b.stepStart()),
				date(a == null ? null : a.stepStart())));
		rows.add(new Change(message("action.preview.post"), text(b, EmploymentPeriod::positionTitle),
				text(a, EmploymentPeriod::positionTitle)));
		rows.add(new Change(message("action.preview.position"), text(b, EmploymentPeriod::positionCode),
				text(a, EmploymentPeriod::positionCode)));
		rows.add(new Change(message("action.preview.concurrent"), concurrent(b), concurrent(a)));
		rows.add(new Change(message("action.preview.seconded"), seconded(b, unitNames), seconded(a, unitNames)));
		return rows;
	}

	private String unit(@Nullable EmploymentPeriod p, Map<Long, String> names) {
		return p == null ? message("officials.notEmployed") : names.getOrDefault(p.unitId(), "#" + p.unitId());
	}

	private String status(@Nullable EmploymentPeriod p) {
		return p == null ? "-" : message("personnel.status." + p.status());
	}

	private String rank(@Nullable EmploymentPeriod p, LocalDate day) {
		if (p == null || p.rankCode() == null) {
			return "-";
		}
		return catalog.rankLabel(p.rankCode(), day);
	}

	private String step(@Nullable EmploymentPeriod p) {
		if (p == null || p.salaryStep() == null) {
			return "-";
		}
		if (p.salaryScaleCode() == null) {
			return String.valueOf(p.salaryStep());
		}
		return message("action.preview.stepOfScale", p.salaryStep(), p.salaryScaleCode());
	}

	private String concurrent(@Nullable EmploymentPeriod p) {
		return p == null || p.concurrentPositions().isEmpty() ? "-" : String.join(", ", p.concurrentPositions());
	}

	private String seconded(@Nullable EmploymentPeriod p, Map<Long, String> names) {
		return p == null || p.secondedTo() == null ? "-" : names.getOrDefault(p.secondedTo(), "#" + p.secondedTo());
	}

	private static String text(@Nullable EmploymentPeriod p, java.util.function.Function<EmploymentPeriod, String> f) {
		if (p == null) {
			return "-";
		}
		return Objects.requireNonNullElse(f.apply(p), "-");
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "-" : Formats.DATE.format(date);
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
