package vn.congvu.personnel.web;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.personnel.CorrectableField;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.personnel.SelfService;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;

/**
 * Pages of an official's own record (contacts, correction requests), HR's list of requests to decide, and linking a
 * record to its owner's account.
 */
@Controller
class SelfServiceController {

	private final SelfService self;

	private final PersonnelRegistry registry;

	private final vn.congvu.catalog.Catalog catalog;

	SelfServiceController(SelfService self, PersonnelRegistry registry, vn.congvu.catalog.Catalog catalog) {
		this.catalog = catalog;
		this.self = self;
		this.registry = registry;
	}

	@GetMapping("/me")
	String me(Model model) {
		var mine = self.mine();
		if (mine.isPresent()) {
			return "redirect:/officials/" + mine.get().id();
		}
		return "officials/not-linked";
	}

	@GetMapping("/me/contacts")
	String contactsForm(Model model) {
		var mine = self.mine();
		if (mine.isEmpty()) {
			return "officials/not-linked";
		}
		model.addAttribute("official", mine.get());
		model.addAttribute("version", mine.get().version());
		model.addAttribute("residence", mine.get().residence());
		model.addAttribute("phone", mine.get().phone());
		model.addAttribute("email", mine.get().email());
		return "officials/contacts";
	}

	@PostMapping("/me/contacts")
	String contacts(@RequestParam(required = false) @Nullable Long version,
			@RequestParam(required = false) @Nullable String residence,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String email, Model model, RedirectAttributes redirect) {
		var mine = self.mine();
		if (mine.isEmpty()) {
			return "officials/not-linked";
		}
		try {
			var saved = self.updateContacts(version, residence, phone, email);
			redirect.addFlashAttribute("done", "personnel.record.saved");
			return "redirect:/officials/" + saved.id();
		}
		catch (DomainException | ConcurrencyFailureException ex) {
			model.addAttribute("error", ex instanceof DomainException d ? d
					: new vn.congvu.shared.ConflictException("problem.editConflict"));
			model.addAttribute("errorField", ex instanceof InvalidInputException i ? i.field() : null);
			model.addAttribute("official", mine.get());
			model.addAttribute("version", self.mine().map(o -> o.version()).orElse(version));
			model.addAttribute("residence", residence);
			model.addAttribute("phone", phone);
			model.addAttribute("email", email);
			return "officials/contacts";
		}
	}

	@GetMapping("/me/corrections")
	String myCorrections(Model model) {
		var mine = self.mine();
		if (mine.isEmpty()) {
			return "officials/not-linked";
		}
		model.addAttribute("official", mine.get());
		model.addAttribute("requests", self.myRequests());
		model.addAttribute("fields", CorrectableField.values());
		choices(model);
		return "officials/my-corrections";
	}

	/**
	 * The values a code field may take, offered as a choice: the catalog's items for each field that takes codes, and
	 * the fields typed freely (dates and words), for the form to show the right input for the field chosen.
	 */
	private void choices(Model model) {
		var lists = new java.util.LinkedHashMap<String, java.util.List<vn.congvu.catalog.ReferenceItem>>();
		var typed = new java.util.ArrayList<String>();
		for (var f : CorrectableField.values()) {
			if (f.catalogList() == null) {
				typed.add(f.name());
			}
			else {
				lists.put(f.name(), catalog.items(f.catalogList()));
			}
		}
		model.addAttribute("choiceLists", lists);
		model.addAttribute("typedFields", String.join(" ", typed) + " ");
	}

	@PostMapping("/me/corrections")
	String request(@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String proposedValue,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile evidence,
			Model model, RedirectAttributes redirect) throws java.io.IOException {
		var mine = self.mine();
		if (mine.isEmpty()) {
			return "officials/not-linked";
		}
		try {
			CorrectableField chosen = null;
			if (field != null && !field.isBlank()) {
				try {
					chosen = CorrectableField.valueOf(field);
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInputException("field", "personnel.record.optionUnknown");
				}
			}
			boolean sent = evidence != null && !evidence.isEmpty();
			self.requestCorrection(chosen, proposedValue, reason, sent ? evidence.getOriginalFilename() : null,
					sent ? evidence.getBytes() : null);
			redirect.addFlashAttribute("done", "personnel.correction.sent");
			return "redirect:/me/corrections";
		}
		catch (DomainException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("errorField", ex instanceof InvalidInputException i ? i.field() : null);
			model.addAttribute("official", mine.get());
			model.addAttribute("requests", self.myRequests());
			model.addAttribute("fields", CorrectableField.values());
			choices(model);
			model.addAttribute("field", field);
			model.addAttribute("proposedValue", proposedValue);
			model.addAttribute("reason", reason);
			return "officials/my-corrections";
		}
	}

	/** Names of the codes a request's values hold, for its pages. */
	@org.springframework.web.bind.annotation.ModelAttribute("names")
	OfficialController.CatalogNames names() {
		return new OfficialController.CatalogNames(catalog);
	}

	@GetMapping("/corrections")
	String pending(Model model) {
		model.addAttribute("requests", self.pending());
		return "officials/corrections";
	}

	@PostMapping("/corrections/{id}/decision")
	String decide(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable Long version, Model model, RedirectAttributes redirect) {
		try {
			self.decide(id, approve, note, version);
			redirect.addFlashAttribute("done", approve ? "personnel.correction.approved" : "personnel.correction.rejected");
			return "redirect:/corrections";
		}
		catch (DomainException | ConcurrencyFailureException ex) {
			model.addAttribute("error", ex instanceof DomainException d ? d
					: new vn.congvu.shared.ConflictException("problem.editConflict"));
			model.addAttribute("errorRequest", id);
			model.addAttribute("requests", self.pending());
			return "officials/corrections";
		}
	}

	@PostMapping("/officials/{id}/account")
	String link(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		try {
			registry.linkAccount(id, username, version);
			redirect.addFlashAttribute("done", "personnel.account.linked");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("linkError", ex);
		}
		return "redirect:/officials/" + id;
	}

}
