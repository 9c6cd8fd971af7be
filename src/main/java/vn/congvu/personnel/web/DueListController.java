package vn.congvu.personnel.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.DecisionDocuments;
import vn.congvu.personnel.DueListSheet;
import vn.congvu.personnel.DueLists;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.FormValues;
import vn.congvu.shared.web.Formats;

/**
 * The watch lists page: due for a salary step, and reaching retirement, with their XLSX downloads. From a row, the
 * decision's page opens pre-filled; the salary steps ticked are recorded together under one decision (all or none),
 * whose document lists them.
 */
@Controller
class DueListController {

	/** The batch decision as typed: what was ticked stays ticked, and each field keeps its text. */
	record Batch(Set<Long> chosen, String number, String date, String issuer, String signer, String legalBasis,
			java.util.Map<String, String> errors, @Nullable String refused) {

		static Batch empty(String today, String issuer) {
			return new Batch(Set.of(), "", today, issuer, "", "", java.util.Map.of(), null);
		}

	}

	private final DueLists lists;

	private final DueListSheet sheets;

	private final PersonnelRegistry registry;

	private final DecisionDocuments documents;

	private final UnitDirectory units;

	private final org.springframework.context.MessageSource messages;

	private final Clock clock;

	private final vn.congvu.catalog.Catalog catalog;

	DueListController(DueLists lists, DueListSheet sheets, PersonnelRegistry registry, DecisionDocuments documents,
			UnitDirectory units, org.springframework.context.MessageSource messages, vn.congvu.catalog.Catalog catalog,
			Clock clock) {
		this.catalog = catalog;
		this.lists = lists;
		this.sheets = sheets;
		this.registry = registry;
		this.documents = documents;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/officials/due")
	String due(@RequestParam(defaultValue = "salary-step") String list, @RequestParam(defaultValue = "6") int months,
			Model model) {
		var today = LocalDate.now(clock);
		return show(list, months, Batch.empty(Formats.DATE.format(today), ActionController.issuer(units, today)),
				model);
	}

	private String show(String list, int months, Batch batch, Model model) {
		var retirement = list.equals("retirement");
		int safeMonths = Math.max(1, Math.min(months, DueLists.MAX_MONTHS));
		model.addAttribute("list", retirement ? "retirement" : "salary-step");
		model.addAttribute("months", safeMonths);
		model.addAttribute("entries", retirement ? lists.retiring(safeMonths) : lists.dueForSalaryStep(safeMonths));
		model.addAttribute("batch", batch);
		model.addAttribute("names", new OfficialController.CatalogNames(catalog));
		return "officials/due";
	}

	/**
	 * Records the salary steps of the officials ticked, each on the day it falls due and at the next step, under one
	 * decision: all of them, or — when the rules refuse one — none, with the reason and the person it concerns.
	 */
	@PostMapping("/officials/due/decision")
	String batch(@RequestParam(defaultValue = "6") int months,
			@RequestParam(name = "officialId", required = false) @Nullable List<Long> ticked,
			@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String issuer, @RequestParam(defaultValue = "") String signer,
			@RequestParam(defaultValue = "") String legalBasis, Model model, RedirectAttributes redirect) {
		var chosen = new LinkedHashSet<Long>(ticked == null ? List.of() : ticked);
		var errors = new HashMap<String, String>();
		if (chosen.isEmpty()) {
			errors.put("officialId", message("due.batch.noneChosen"));
		}
		var decisionDate = Formats.parseDate(date);
		if (decisionDate.isEmpty()) {
			errors.put("date", message(date.isBlank() ? "validation.date.required" : "date.invalid"));
		}
		DecisionRef decision = null;
		if (decisionDate.isPresent()) {
			try {
				decision = new DecisionRef(FormValues.text(number), decisionDate.get(), FormValues.text(issuer));
			}
			catch (InvalidInputException ex) {
				errors.put(ex.field().equals("decision.issuer") ? "issuer" : "number",
						message(ex.messageCode(), ex.arguments()));
			}
		}
		String refused = null;
		if (errors.isEmpty() && decision != null) {
			var due = lists.dueForSalaryStep(Math.max(1, Math.min(months, DueLists.MAX_MONTHS)))
				.stream()
				.filter(e -> chosen.contains(e.officialId()) && e.salaryStep() != null)
				.toList();
			var items = new ArrayList<PersonnelRegistry.BatchItem>();
			for (var entry : due) {
				items.add(new PersonnelRegistry.BatchItem(entry.officialId(),
						PersonnelRegistry.RecordAction.salaryStep(entry.dueDate(), entry.salaryStep() + 1, decision)
							.signed(FormValues.text(signer), FormValues.text(legalBasis))));
			}
			if (items.size() != chosen.size()) {
				// a ticked row left the list meanwhile (recorded by somebody else, or out of reach)
				refused = message("due.batch.changed");
			}
			else {
				try {
					var recorded = registry.recordAll(items);
					var pairs = new ArrayList<String>();
					for (int i = 0; i < recorded.size(); i++) {
						pairs.add(items.get(i).officialId() + "-" + recorded.get(i).id());
					}
					redirect.addFlashAttribute("batchRecorded", recorded.size());
					redirect.addFlashAttribute("batchItems", String.join(",", pairs));
					return "redirect:/officials/due?list=salary-step&months=" + months;
				}
				catch (PersonnelRegistry.BatchRefused ex) {
					var name = due.stream()
						.filter(e -> e.officialId() == ex.officialId())
						.map(DueLists.Entry::fullName)
						.findFirst()
						.orElse("#" + ex.officialId());
					refused = message("due.batch.refused", name,
							message(ex.reason().messageCode(), ex.reason().arguments()));
				}
			}
		}
		var batch = new Batch(chosen, number, date, issuer, signer, legalBasis, errors, refused);
		return show("salary-step", months, batch, model);
	}

	/** The batch's decision document: {@code items} as officialId-actionId pairs, comma-separated. */
	@GetMapping("/officials/due/decision.{format}")
	ResponseEntity<byte[]> batchDocument(@PathVariable String format, @RequestParam String items)
			throws java.io.IOException {
		var parsed = new ArrayList<DecisionDocuments.Item>();
		for (var pair : items.split(",")) {
			var parts = pair.strip().split("-");
			var official = parts.length == 2 ? FormValues.number(parts[0]) : null;
			var action = parts.length == 2 ? FormValues.number(parts[1]) : null;
			if (official == null || action == null) {
				throw new InvalidInputException("items", "due.batch.items");
			}
			parsed.add(new DecisionDocuments.Item(official, action));
		}
		return Downloads.document(documents.salarySteps(parsed), "quyet-dinh-nang-bac-luong", format);
	}

	@GetMapping("/officials/due.xlsx")
	ResponseEntity<StreamingResponseBody> download(@RequestParam(defaultValue = "salary-step") String list,
			@RequestParam(defaultValue = "6") int months) {
		var retirement = list.equals("retirement");
		return sheets.download(retirement, retirement ? lists.retiring(months) : lists.dueForSalaryStep(months));
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
