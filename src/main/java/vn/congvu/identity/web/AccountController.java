package vn.congvu.identity.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.identity.AccountAdministration;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Role;
import vn.congvu.shared.web.FormErrors;

/** Pages to list, create, disable and enable accounts, reset passwords, and change roles and scopes. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','HOME_AFFAIRS')")
class AccountController {

	private final AccountAdministration administration;

	private final vn.congvu.organization.UnitChoices choices;

	private final Clock clock;

	AccountController(AccountAdministration administration, vn.congvu.organization.UnitChoices choices, Clock clock) {
		this.administration = administration;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("form", new AccountForm());
		return list(model, false);
	}

	private String list(Model model, boolean open) {
		model.addAttribute("accounts", administration.accounts());
		model.addAttribute("roles", Role.values());
		model.addAttribute("choices", choices.everyUnitOn(LocalDate.now(clock)));
		model.addAttribute("openCreate", open);
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			var created = administration.create(new AccountAdministration.CreateAccount(form.getUsername(),
					form.getDisplayName() == null || form.getDisplayName().isBlank() ? form.getUsername()
							: form.getDisplayName(),
					form.getPassword(), role(form.getRole()), form.getScopeUnitId()));
			redirect.addFlashAttribute("done", "accounts.created");
			return "redirect:/admin/accounts/" + created.id();
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex, AccountController::field);
		}
		form.setPassword(null);
		return list(model, true);
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable long id, Model model) {
		var account = administration.account(id);
		var form = new AccountForm();
		form.setRole(account.role().name());
		form.setScopeUnitId(account.scopeUnitId());
		form.setVersion(account.version());
		return show(account.id(), form, model);
	}

	private String show(long id, AccountForm form, Model model) {
		model.addAttribute("account", administration.account(id));
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("choices", choices.everyUnitOn(LocalDate.now(clock)));
		return "admin/account";
	}

	@PostMapping("/admin/accounts/{id}/assignment")
	String assignment(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			administration.changeAssignment(new AccountAdministration.ChangeAssignment(id, role(form.getRole()),
					form.getScopeUnitId(), form.getVersion()));
			redirect.addFlashAttribute("done", "accounts.saved");
			return "redirect:/admin/accounts/" + id;
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex, AccountController::field);
		}
		return show(id, form, model);
	}

	@PostMapping("/admin/accounts/{id}/password")
	String password(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			administration.resetPassword(id, form.getPassword() == null ? "" : form.getPassword());
			redirect.addFlashAttribute("done", "accounts.passwordReset");
			return "redirect:/admin/accounts/" + id;
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex, field -> "password");
		}
		form.setPassword(null);
		var account = administration.account(id);
		form.setRole(account.role().name());
		form.setScopeUnitId(account.scopeUnitId());
		form.setVersion(account.version());
		return show(id, form, model);
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		administration.disable(id);
		redirect.addFlashAttribute("done", "accounts.disabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		administration.enable(id);
		redirect.addFlashAttribute("done", "accounts.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	private static Role role(String text) {
		try {
			return Role.valueOf(text == null ? "" : text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("role", "identity.account.role.required");
		}
	}

	private static String field(String field) {
		return switch (field) {
			case "username", "displayName", "password", "role", "scopeUnitId" -> field;
			default -> "username";
		};
	}

}
